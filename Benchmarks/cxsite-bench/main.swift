// cxsite-bench: the part of `make bench` that runs inside one process (see Benchmarks/README.md).
//
//   cxsite-bench PROJECT OUTPUT [--page content/handbook/x.md] [--repeat N]
//
// OUTPUT must hold a build of PROJECT (`cxsite build PROJECT --output OUTPUT`). Prints one line
// per measurement, `name seconds`, each the median of N runs (default 5):
//
//   read, model, analyse, render   the phases of a build, the whole site rendered in memory
//   full                           their sum: what a server re-does for a change it cannot narrow
//   page                           one handbook page's body edited, as `cxsite serve` handles it:
//                                  the file read again, RenderedSite.applyEdit (the page and the
//                                  search index), OutputWriter.replace of both
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Dispatch
import Foundation
#if canImport(CMimalloc)
import CMimalloc

cxsite_configure_allocator()
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cxsite-bench: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var repeatCount = 5
var pagePath: String?
if let i = arguments.firstIndex(of: "--repeat"), i + 1 < arguments.count {
    repeatCount = max(1, Int(arguments[i + 1]) ?? 5)
    arguments.removeSubrange(i...(i + 1))
}
if let i = arguments.firstIndex(of: "--page"), i + 1 < arguments.count {
    pagePath = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
guard arguments.count == 2 else { fail("usage: cxsite-bench PROJECT OUTPUT [--page content/handbook/x.md] [--repeat N]") }
let root = URL(fileURLWithPath: arguments[0])
let output = URL(fileURLWithPath: arguments[1])

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

var timings: [String: [Double]] = [:]
let builder = SiteBuilder(root: root)
var prepared: SiteBuilder.Prepared?
for _ in 0..<repeatCount {
    var log = DiagnosticLog()
    var files: ProjectFiles?
    var site: Site?
    var analysis: SiteAnalysis?
    var templates: TemplateSet?
    var rendered = 0
    var phases = [
        ("read", seconds { files = builder.load(log: &log) }),
        ("model", seconds { site = builder.model(&files!, log: &log); templates = builder.templates(for: files!, log: &log) }),
    ]
    if log.hasErrors { fail("the project has errors; run cxsite check \(root.path)") }
    phases.append(("analyse", seconds { analysis = builder.analyse(&site!, log: &log) }))
    let made = SiteBuilder.Prepared(site: site!, analysis: analysis!, templates: templates!)
    phases.append(("render", seconds { rendered = SiteBuilder.render(made).count }))
    precondition(rendered > 0)
    for (name, time) in phases { timings[name, default: []].append(time) }
    timings["full", default: []].append(phases.reduce(0) { $0 + $1.1 })
    prepared = made
}

guard let prepared else { fail("nothing was built") }
let site = prepared.site
guard let page = pagePath.flatMap({ path in site.handbookPages.first { $0.path == path } })
        ?? site.handbookPages.dropFirst(site.handbookPages.count / 2).first else { fail("the project has no handbook page") }
// What `cxsite serve` keeps after its first build.
var rendered = RenderedSite(prepared, diagnostics: [])
let writer = OutputWriter(target: output)
let reader = ProjectReader(root: root)
for k in 0..<repeatCount {
    let time = try seconds {
        // The server reads the changed file; the edit itself is made in memory.
        var log = DiagnosticLog()
        guard var source = reader.readText(relative: page.path, log: &log) else { fail("cannot read \(page.path)") }
        source.text += "\nEdited \(k).\n"
        guard let changed = rendered.applyEdit(of: source, log: &log) else {
            fail("a body edit of \(page.path) was not narrowed to its page")
        }
        try writer.replace(changed)
    }
    timings["page", default: []].append(time)
}
// Leave the output as the build made it.
var log = DiagnosticLog()
if let source = reader.readText(relative: page.path, log: &log), let changed = rendered.applyEdit(of: source, log: &log) {
    try writer.replace(changed)
}

for name in ["read", "model", "analyse", "render", "full", "page"] {
    print(name, String(format: "%.4f", median(timings[name]!)))
}
print("page-path", page.path)
