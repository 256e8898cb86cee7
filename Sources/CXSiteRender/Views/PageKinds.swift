/// Every kind of page cxsite renders, by its view type. `TemplateNamesTests` reads each
/// kind's template, and the partials it includes, against its view type's fields. A new page
/// kind is a file (its view type and the function that makes it) and a line here.
package enum PageKinds {
    package static let all: [any PageView.Type] = [
        HandbookIndexView.self,
        HandbookPageView.self,
        TagIndexView.self,
        TagView.self,
        AliasView.self,
        NotFoundView.self,
        MetricsIndexView.self,
        MetricView.self,
        HomeView.self,
        FrameworkIndexView.self,
        FrameworkPageView.self,
        MaturityPageView.self,
        JourneysIndexView.self,
        JourneyView.self,
        ReviewView.self,
        ReviewsIndexView.self,
        ReviewsCompareView.self,
        ChecksView.self,
        MethodView.self,
        CustomersView.self,
    ]

    /// Templates rendered on their own, for a part of a page that many pages show the same way,
    /// with the view type each is rendered with (the shared partials are read through the layout).
    package static let parts: [(template: String, view: any TemplateView.Type)] = [
        (SiblingLink.template, SiblingLink.self),
        (FrameworkTag.template, FrameworkTag.self),
        (Crumb.template, Crumb.self),
        (PageLink.template, PageLink.self),
    ]
}
