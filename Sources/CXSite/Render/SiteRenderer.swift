/// The render phase: the whole site as output files, a pure function of the model.
public enum SiteRenderer {
    /// Renders `site`; `analysis` is computed when not given (tests render a model directly).
    public static func render(_ site: Site, analysis: SiteAnalysis? = nil) -> [OutputFile] {
        let context = PageContext(site: site, analysis: analysis ?? SiteAnalysis(site))
        var files: [OutputFile] = [context.homePage(), context.handbookIndex(), context.notFoundPage()]
        for section in site.sections {
            for page in section.pages { files.append(context.handbookPage(page, in: section)) }
        }
        files += context.frameworkPages(kind: "stages", title: "CARE stages", guide: .care, items: context.stageItems,
                                        eyebrow: "CARE stage", kindNoun: "stage", key: "stage")
        files += context.frameworkPages(kind: "pillars", title: "Five pillars", guide: .pillars, items: context.pillarItems,
                                        eyebrow: "Pillar", kindNoun: "pillar", key: "pillar")
        files += context.frameworkPages(kind: "steps", title: "Seven implementation steps", guide: .steps, items: context.stepItems,
                                        eyebrow: "Step", kindNoun: "step", key: "step")
        files.append(context.journeysIndex())
        for journey in site.journeys {
            files.append(context.journeyPage(journey))
            files.append(JourneyJSON.file(for: journey))
        }
        files.append(context.maturityPage())
        files.append(ScoresData.file(context.analysis, settings: site.config.maturity))
        files += context.metricPages()
        files += context.metricsDataFiles()
        files += context.reviewPages()
        files.append(context.checksPage())
        if let baseURL = site.config.baseURL {
            files.append(Sitemap.file(for: files, baseURL: baseURL))
        }
        for (path, text) in site.templates.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: path, text: text))
        }
        for file in site.staticFiles {
            files.append(OutputFile(path: file.path, bytes: file.bytes))
        }
        files.append(SearchIndex(pages: files).file)
        return files
    }
}
