#if canImport(CMimalloc)
import CMimalloc

cxsite_configure_allocator()
#endif
await CXSiteCommand.start()
