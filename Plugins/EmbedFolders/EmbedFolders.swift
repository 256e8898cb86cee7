import Foundation
import PackagePlugin

/// Embeds folders of files in a target's code at build time: each folder (usually a symbolic
/// link) in the target's `Embedded/` becomes an enum `BuiltIn<Name>` in a generated Swift file,
/// `Embedded/templates` → `BuiltInTemplates`, with
///
/// ```swift
/// package static let files: [(path: String, text: String)]   // path relative to the folder, sorted
/// ```
///
/// Every file of the folder is an input of the build command, so an edit to one rebuilds the
/// embedded copy; a file added or removed changes the target folder's structure (SwiftPM follows
/// the link), which makes SwiftPM plan the build again and run this plugin anew. Hidden names are
/// skipped, as the build skips them in a project. The generated files live under `.build/`, never
/// in git.
@main
struct EmbedFolders: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let embedded = target.directoryURL.appending(path: "Embedded")
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: embedded.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let tool = try context.tool(named: "embed-folder")
        return names.compactMap { name -> Command? in
            let folder = embedded.appending(path: name).resolvingSymlinksInPath()
            guard isDirectory(folder) else { return nil }
            let files = Self.files(in: folder)
            let enumName = "BuiltIn" + name.prefix(1).uppercased() + name.dropFirst()
            let output = context.pluginWorkDirectoryURL.appending(path: enumName + ".swift")
            return .buildCommand(
                displayName: "Embedding \(name) (\(enumName))",
                executable: tool.url,
                arguments: [enumName, folder.path, output.path] + files,
                inputFiles: files.map { folder.appending(path: $0) },
                outputFiles: [output])
        }
    }

    /// The paths of the files below `folder`, relative to it, sorted; hidden names skipped.
    private static func files(in folder: URL) -> [String] {
        var found: [String] = []
        func walk(_ relative: String) {
            let url = relative.isEmpty ? folder : folder.appending(path: relative)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []) where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                if isDirectory(folder.appending(path: child)) { walk(child) } else { found.append(child) }
            }
        }
        walk("")
        return found.sorted()
    }
}

private func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
}
