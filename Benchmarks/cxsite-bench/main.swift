// cxsite-bench: the part of `make bench` that runs inside one process (see Benchmarks/README.md).
//
//   cxsite-bench PROJECT OUTPUT [--page content/handbook/x.md] [--repeat N]
//
// OUTPUT must hold a build of PROJECT (`cxsite build PROJECT --output OUTPUT`). Prints one line
// per measurement, `name seconds`, each the median of N runs (default 5):
//
//   read, model, analyse, render   the phases of a build, the whole site rendered in memory
//   full                           their sum: what a server re-does for a change it cannot narrow
//   page                           one handbook page's body edited: the file read again,
//                                  IncrementalRender.handbookPage, OutputWriter.replace of its page
import CXSite
import Dispatch
import Foundation

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
var site: Site?
var analysis: SiteAnalysis?
for _ in 0..<repeatCount {
    var log = DiagnosticLog()
    var files: ProjectFiles?
    var built: Site?
    var analysed: SiteAnalysis?
    var rendered = 0
    let phases = [
        ("read", seconds { files = ProjectReader(root: root).read(log: &log) }),
        ("model", seconds { built = Site.assemble(from: files!, log: &log) }),
        ("analyse", seconds { analysed = SiteAnalysis(built!) }),
        ("render", seconds { rendered = SiteRenderer.render(built!, analysis: analysed!).count }),
    ]
    if log.hasErrors { fail("the project has errors; run cxsite check \(root.path)") }
    precondition(rendered > 0)
    for (name, time) in phases { timings[name, default: []].append(time) }
    timings["full", default: []].append(phases.reduce(0) { $0 + $1.1 })
    site = built
    analysis = analysed
}

guard var site, let analysis else { fail("nothing was built") }
guard let page = pagePath.flatMap({ path in site.handbookPages.first { $0.path == path } })
        ?? site.handbookPages.dropFirst(site.handbookPages.count / 2).first else { fail("the project has no handbook page") }
let writer = OutputWriter(target: output)
let original = try String(contentsOf: root.appendingPathComponent(page.path), encoding: .utf8)
for k in 0..<repeatCount {
    let time = try seconds {
        // The server would read the changed file; the edit itself is made in memory.
        let text = try String(contentsOf: root.appendingPathComponent(page.path), encoding: .utf8) + "\nEdited \(k).\n"
        var log = DiagnosticLog()
        guard let file = IncrementalRender.handbookPage(SourceText(path: page.path, text: text), site: &site, analysis: analysis, log: &log) else {
            fail("a body edit of \(page.path) was not narrowed to its page")
        }
        try writer.replace([file])
    }
    timings["page", default: []].append(time)
}
// Leave the output as the build made it.
var log = DiagnosticLog()
if let file = IncrementalRender.handbookPage(SourceText(path: page.path, text: original), site: &site, analysis: analysis, log: &log) {
    try writer.replace([file])
}

for name in ["read", "model", "analyse", "render", "full", "page"] {
    print(name, String(format: "%.4f", median(timings[name]!)))
}
print("page-path", page.path)
