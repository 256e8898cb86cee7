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

/// The target's name; the callback looks the target up on each run, so no closure lives across
/// runs (LeakSanitizer took one stored in a global for a leak at exit).
nonisolated(unsafe) var selectedName = ""

selectedName = ProcessInfo.processInfo.environment["CXSITE_FUZZ_TARGET"] ?? ""
guard FuzzTargets.all[selectedName] != nil else {
    let names = FuzzTargets.all.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("set CXSITE_FUZZ_TARGET to one of: \(names)\n".utf8))
    exit(2)
}

func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
    FuzzTargets.all[selectedName]?(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    run(data, size)
    return 0
})

// libFuzzer's own `main`, should the linker keep that one, calls these two.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    selectedName = ProcessInfo.processInfo.environment["CXSITE_FUZZ_TARGET"] ?? ""
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    run(data, size)
    return 0
}
