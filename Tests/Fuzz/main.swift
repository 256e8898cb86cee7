import Foundation

// The fuzzer's `main`: picks the target named by `CXSITE_FUZZ_TARGET` (one of
// `FuzzTargets.all`) and hands libFuzzer's command line and the target to `LLVMFuzzerRunDriver`.
// Built only by `make fuzz` (`CXSITE_FUZZ=1`, `-sanitize=fuzzer,address`), which runs each target in turn.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

nonisolated(unsafe) var selected: (@Sendable ([UInt8]) -> Void)?

let name = ProcessInfo.processInfo.environment["CXSITE_FUZZ_TARGET"] ?? ""
guard let target = FuzzTargets.all[name] else {
    let names = FuzzTargets.all.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("set CXSITE_FUZZ_TARGET to one of: \(names)\n".utf8))
    exit(2)
}
selected = target

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    selected?(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
})

// libFuzzer's own `main`, should the linker keep that one, calls these two.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    selected = FuzzTargets.all[ProcessInfo.processInfo.environment["CXSITE_FUZZ_TARGET"] ?? ""]
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected?(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
