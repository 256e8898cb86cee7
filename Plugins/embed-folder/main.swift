// embed-folder ENUM FOLDER OUTPUT FILE…: the tool of the EmbedFolders plugin. Writes OUTPUT, a
// Swift file declaring `package enum ENUM` whose `files` holds each FILE (a path relative to
// FOLDER) with its text. Every file must be UTF-8 text: built-in templates and sample files are.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: embed-folder ENUM FOLDER OUTPUT FILE…\n".utf8))
    exit(2)
}
let (enumName, folder, output) = (arguments[1], URL(fileURLWithPath: arguments[2]), arguments[3])

/// `text` as the body of a Swift multi-line string literal that ends on a line of its own:
/// backslashes and quotes escaped (so no `"""` and no interpolation), control characters other
/// than line feeds and tabs written as escapes (a CR would otherwise become a line break).
func literalBody(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n", "\t": out.unicodeScalars.append(scalar)
        case "\r": out += "\\r"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            out += "\\u{" + String(scalar.value, radix: 16) + "}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

var source = """
// Generated at build time by the EmbedFolders plugin from \(folder.lastPathComponent)/; not in git.

/// Every file of the repository's `\(folder.lastPathComponent)/`, embedded in the binary when it is built.
package enum \(enumName) {
    /// Path relative to `\(folder.lastPathComponent)/` → text, sorted by path.
    package static let files: [(path: String, text: String)] = [

"""
for path in arguments.dropFirst(4) {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
        FileHandle.standardError.write(Data("\(folder.lastPathComponent)/\(path): error: cannot read the file\n".utf8))
        exit(1)
    }
    guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
        FileHandle.standardError.write(Data("\(folder.lastPathComponent)/\(path): error: not UTF-8 text; built-in files are embedded as text\n".utf8))
        exit(1)
    }
    source += "        (path: \"\(literalBody(path))\", text: \"\"\"\n\(literalBody(text))\n\"\"\"),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("embed-folder: error: cannot write \(output): \(error.localizedDescription)\n".utf8))
    exit(1)
}
