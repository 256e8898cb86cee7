import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteRender
import CXSite

/// The templates and assets the build embeds from the repository's `templates/`, as a user meets
/// them: a project without templates of its own gets them all, and a project's `templates/` file
/// replaces the built-in one of the same name and nothing else.
struct BuiltInTemplatesTests {
    /// A project holding only a home page.
    private func project() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n")
        return folder
    }

    @Test func aProjectWithoutTemplatesIsBuiltWithEveryBuiltInAsset() throws {
        let folder = project()
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        let home = try #require(site.text("index.html"))
        #expect(home.hasPrefix("<!DOCTYPE html>"), "the built-in layout")
        #expect(site.files["404.html"] != nil)
        // Every file of the repository's templates/assets/ is in the output, byte for byte.
        let assets = TestPaths.repository.appendingPathComponent("templates/assets")
        let names = try FileManager.default.contentsOfDirectory(atPath: assets.path).filter { !$0.hasPrefix(".") }
        #expect(names.count >= 4)
        for name in names {
            let bytes = try Data(contentsOf: assets.appendingPathComponent(name))
            #expect(site.files["assets/" + name].map { Data($0.bytes) } == bytes, "assets/\(name)")
        }
    }

    @Test func anOverriddenTemplateReplacesOnlyItself() throws {
        let original = project()
        let plain = FixtureSite(root: original.url)
        #expect(plain.text("index.html")?.contains("Welcome.") == true)
        let folder = project()
        folder.write("templates/not-found.mustache", "<!DOCTYPE html>\n<title>Lost</title>\n<p>Our own 404 for {{siteTitle}}.</p>\n")
        folder.write("templates/assets/style.css", "body { color: teal; }\n")
        folder.write("templates/assets/extra.css", "p { margin: 0; }\n")
        let themed = FixtureSite(root: folder.url)
        #expect(themed.diagnostics.isEmpty, "\(themed.diagnosticText)")
        #expect(themed.text("404.html")?.contains("<p>Our own 404 for ") == true)
        #expect(themed.text("assets/style.css") == "body { color: teal; }\n")
        #expect(themed.text("assets/extra.css") == "p { margin: 0; }\n", "a new asset is added")
        let changed = Set(themed.files.keys).union(plain.files.keys).filter { themed.files[$0]?.bytes != plain.files[$0]?.bytes }
        #expect(changed == ["404.html", "assets/style.css", "assets/extra.css"], "every other file is the built-in one's")
    }

    @Test func aMisspeltOverrideIsFlaggedWithTheBuiltInName() {
        let folder = project()
        folder.write("templates/hom.mustache", "{{title}}\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnosticText.contains("templates/hom.mustache:1:1: warning: template 'hom' is not a built-in name (did you mean 'home'?)"), "\(site.diagnosticText)")
    }
}
