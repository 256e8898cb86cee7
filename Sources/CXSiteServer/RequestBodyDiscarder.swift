import NIOCore
import NIOHTTPTypes

/// Ends every request at its head and drops whatever body follows, before the connection's idle
/// timer sees it (it sits between the HTTP decoder and Hummingbird's connection state handler).
///
/// `cxsite serve` answers GET and HEAD and never reads a body. Hummingbird reads a body to its
/// end after the answer, and each part counts as activity for the idle timeout, so a client
/// trickling a body a byte at a time (a slow POST) held its connection forever. With the body
/// dropped here, such a connection is idle from its answer on and closed after
/// ``SiteServer/idleTimeout``. Pipelined requests after a body still arrive, each with its head.
final class RequestBodyDiscarder: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head = unwrapInboundIn(data) else { return }  // body parts and the real end: dropped
        context.fireChannelRead(data)
        context.fireChannelRead(wrapInboundOut(.end(nil)))
    }
}
