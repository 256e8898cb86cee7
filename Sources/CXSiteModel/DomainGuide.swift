import CXSiteSupport

/// Framework text shown on a generated stage, pillar or step page, written in cxsite's own words.
public struct DomainGuide: Sendable {
    /// One sentence shown under the page title.
    public let tagline: String
    /// Paragraphs explaining the idea (plain text; no Markdown, no HTML).
    public let paragraphs: [String]
    /// Practices a team can adopt, each one short sentence.
    public let practices: [String]
    /// Rules of thumb a team can check itself against (may be empty).
    public let rulesOfThumb: [String]

    /// The memberwise initialiser, open to the other targets.
    package init(tagline: String, paragraphs: [String], practices: [String], rulesOfThumb: [String]) {
        self.tagline = tagline
        self.paragraphs = paragraphs
        self.practices = practices
        self.rulesOfThumb = rulesOfThumb
    }
}

extension DomainGuide {
    /// Intro for the stages index: what CARE is and how to apply it (map, one improvement per stage, validate, repeat).
    public static let care = DomainGuide(
        tagline: "Connect, Assist, Resolve, Enhance: four stages that turn support from a string of separate tickets into one repeatable service cycle.",
        paragraphs: [
            "Customers rarely leave because of a single bug. They drift away when the experience feels patchy: one agent greets them warmly and the next pastes a stock answer, help is nowhere to be found at the moment they are stuck, and a simple question takes a week and three hand-offs to settle. CARE gives a team one shared model for avoiding that, split into four stages that follow the order of a real conversation.",
            "Connect is about making the customer feel recognised from the first message. Assist is about spotting what they will need before they have to ask. Resolve is about answering quickly, taking ownership and escalating along a short, known path. Enhance is about learning from what customers actually do afterwards, whether they stay and whether they buy again, and feeding that back into the other three stages.",
            "The framework is applied in small cycles rather than as a big programme. Take one customer journey and sort its touchpoints under the four stages. Choose a single, modest improvement for each stage. Check with real customer feedback whether each change helped. Then go round again, weekly or monthly, so the habit keeps its pace. It pays off most when volume is growing faster than quality, when complaints are about communication rather than the product, when service varies from agent to agent or channel to channel, or when a team needs common words for how a customer should feel.",
        ],
        practices: [
            "Map one journey and place every touchpoint under Connect, Assist, Resolve or Enhance.",
            "Pick exactly one small, concrete improvement per stage for the coming cycle.",
            "Give each improvement an owner and a metric that will show whether it worked.",
            "Judge progress by customer feedback, not by whether the change shipped.",
            "Review the map on a fixed rhythm, weekly or monthly, and carry open items forward.",
        ],
        rulesOfThumb: [
            "Every journey map has at least one touchpoint and one planned improvement in each of the four stages.",
            "Each improvement is small enough to finish before the next review.",
        ]
    )

    /// Intro for the pillars index.
    public static let pillars = DomainGuide(
        tagline: "Technology, Strategy, People, Customer Service and Operations: the five supports a customer-experience programme stands on.",
        paragraphs: [
            "A customer-experience programme is more than a set of good intentions. It needs tools that make help easy to reach, a plan that says which changes matter most, people who are heard and equipped, a service that fixes problems and follows up, and day-to-day operations that turn decisions into consistent results. These five areas are the pillars, and the programme is only as steady as the weakest of them.",
            "The pillars cut across the CARE stages rather than replacing them. A fast first response, for example, is a Resolve outcome, but it depends on staffing and queue rules (Operations), on routing and macros (Technology) and on agents trusted to act (People). Looking at the same work through both lenses shows where a stage is held back by a pillar nobody owns.",
            "Use the pillar pages to decide who is accountable for what. Each pillar should have a named owner, a small set of metrics and a self-assessment score, so that a low score points at a specific conversation to have rather than a general feeling that things could be better.",
        ],
        practices: [
            "Name one owner for each pillar and write their remit down.",
            "Attach at least one metric with a target to every pillar.",
            "Score the pillars honestly in a short self-assessment at least once a quarter.",
            "When a CARE stage stalls, ask which pillar is missing before adding new tasks.",
        ],
        rulesOfThumb: []
    )

    /// Intro for the steps index.
    public static let steps = DomainGuide(
        tagline: "Seven steps that take a team from knowing what customers want to refining the service cycle after cycle.",
        paragraphs: [
            "Putting a customer-experience framework into practice follows a natural order. First understand what customers are trying to achieve and pick the channels where you will meet them. Then draw the journey they take, decide which numbers will tell you whether it is working, gather the data, turn it into insights, and use those insights to refine the process.",
            "The seventh step leads back to the first. Each closing cycle leaves a short list of weak spots; fixing them while they are fresh is what keeps the framework current as customers and channels change.",
            "On this site every step carries a status of not started, in progress or done, worked out from evidence in the team's own content: personas, channels on touchpoints, journey maps, metric targets, recent data, review notes and improvements carried from one month to the next. Each status links to the evidence behind it, and a team can override it in its configuration when it knows better.",
        ],
        practices: [
            "Work through the steps in order the first time, then treat them as a loop.",
            "Keep written evidence for each step so that progress can be checked, not just claimed.",
            "Revisit the early steps whenever a new customer segment or channel appears.",
            "Close every cycle with a review that names what to change next.",
        ],
        rulesOfThumb: []
    )
}

extension CAREStage {
    /// The framework text for this stage's page.
    public var guide: DomainGuide {
        switch self {
        case .connect:
            DomainGuide(
                tagline: "Make the customer feel recognised as a person from the very first contact.",
                paragraphs: [
                    "Connection starts before there is any ticket: it begins with the first email, the first screen, the first chat bubble. Customers who can tell that someone has noticed them tend to give the whole story at once, stay calmer while the work is done and renew more often; customers who feel processed do the opposite.",
                    "The signals that create this are small and cheap. Use the customer's name. Show that you already know their context, such as how long they have been with you, what plan they are on or what they asked about last time, so they do not have to repeat themselves. Add a short, sincere human touch instead of a stock opening line. Compare a bare \"Hello\" with \"Hi Sam, thanks for being with us for two years\": the second costs a few seconds and changes the tone of the whole conversation.",
                    "Connection is also about consistency. If one agent is warm and the next is curt, the customer remembers the curt one. Templates, macros and onboarding for new agents should all build the personal greeting in by default.",
                ],
                practices: [
                    "Open every first reply with the customer's name.",
                    "Mention relevant context such as tenure, plan or the previous conversation.",
                    "Show the agent's own name so the customer knows who is helping.",
                    "Build the greeting into macros and templates instead of relying on memory.",
                    "Thank long-standing customers for their loyalty in plain words.",
                ],
                rulesOfThumb: [
                    "Greetings use the customer's name.",
                ]
            )
        case .assist:
            DomainGuide(
                tagline: "Anticipate what customers will need and offer help before they have to ask.",
                paragraphs: [
                    "By the time a customer writes in, they have usually been stuck for a while, they are already irritated, and their message often describes a symptom rather than what they actually need. The cheapest and kindest moment to help has gone. Assist is about moving help earlier in the journey, to the point where the customer is about to get stuck.",
                    "The usual tools are a searchable, well-kept FAQ or help centre, onboarding tips that appear at the right step, prompts tailored to common scenarios and short usage guides. A particularly effective tactic is proactive chat: when a customer lands on an error page or fails the same action twice, offer a conversation straight away instead of waiting for a complaint.",
                    "The result is measured in fewer blockers and faster progress for the customer, and in fewer avoidable tickets for the team. Watch which questions keep coming in and turn each recurring one into a piece of self-service or a timely prompt.",
                ],
                practices: [
                    "Trigger a proactive chat offer on error pages and after repeated failed actions.",
                    "Show onboarding tips at the step where new customers most often stall.",
                    "Turn the top recurring questions each month into help-centre articles.",
                    "Link the relevant article from in-product messages and error texts.",
                    "Keep the help centre and chat available; measure their uptime.",
                ],
                rulesOfThumb: [
                    "Proactive help exists on the journey.",
                ]
            )
        case .resolve:
            DomainGuide(
                tagline: "Answer fast, take ownership and escalate along a short, known path.",
                paragraphs: [
                    "Customers tend to judge a service less by what went wrong than by how long they were left waiting for it to be put right. Speed and ownership are what build trust here: a quick reply from someone who clearly means to see the issue through is reassuring, and every hand-off to a new person undoes some of that.",
                    "That needs explicit rules of engagement. Set a first-response target of 24 hours, and if you cannot meet it, promise less rather than miss it. Give frontline staff the authority to fix common problems themselves, including small goodwill gestures, without asking permission. Keep the escalation path short and known to everyone.",
                    "A simple rule keeps tickets from dragging on: if the problem is not solved within two interactions, move it to a voice or video call straight away. Talking live clears up misunderstandings that a long written thread only multiplies. Done well, this stage raises satisfaction and makes customers more willing to recommend you.",
                ],
                practices: [
                    "Reply to every new ticket within 24 hours, and only promise times you can keep.",
                    "Let the first person who picks up a ticket own it until it is closed.",
                    "Give frontline agents written authority for common fixes and goodwill gestures.",
                    "Offer a voice or video call once a ticket reaches its second interaction unsolved.",
                    "Write down the escalation path in a form a new agent can follow on day one.",
                ],
                rulesOfThumb: [
                    "First response within 24 hours.",
                    "Not solved in 2 interactions: escalate to a voice or video call.",
                ]
            )
        case .enhance:
            DomainGuide(
                tagline: "Keep improving the experience using what customers actually do after the fix.",
                paragraphs: [
                    "Customer experience is never finished. Expectations drift upward all the time, so a service level that once stood out is, a year or two later, simply what everyone expects. Enhance is the habit of revisiting journeys regularly, finding where they slow down or break, and changing them.",
                    "Base those changes on behaviour, not just opinion. Retention and repurchase data show whether customers stayed and came back, which says more than a compliment in a chat window. Feedback still matters, but collect it at the right time: send a short \"Did we solve it?\" survey a day after the ticket is resolved, not the moment it closes, so the customer has had time to see whether the fix held.",
                    "Over time this creates a living loop: each review points to the next small change, each change is checked against the data, and the experience improves month by month instead of in occasional bursts.",
                ],
                practices: [
                    "Send the \"Did we solve it?\" survey 24 hours after resolution.",
                    "Review retention and repurchase figures alongside satisfaction scores each month.",
                    "Read every \"no\" answer and follow up with the customer personally.",
                    "Pick the bottleneck with the largest impact and plan one change for it.",
                    "Record each change and check its effect at the next review.",
                ],
                rulesOfThumb: [
                    "The \"Did we solve it?\" survey is sent 24 hours after resolution, not immediately.",
                ]
            )
        }
    }
}

extension Pillar {
    /// The framework text for this pillar's page.
    public var guide: DomainGuide {
        switch self {
        case .technology:
            DomainGuide(
                tagline: "Tools that make help easy to reach and take repetitive work off people.",
                paragraphs: [
                    "A modern support team leans on software for the routine. Help desks route and tag tickets, chat widgets and bots answer simple questions at any hour, automated emails confirm and follow up, and a help centre lets customers solve problems without waiting for anyone. That frees people for the conversations that need judgement.",
                    "Tooling also widens where and when customers can reach you, and keeps the relationship going after the sale rather than only when something breaks. A site and product that work well on phones as well as desktops are part of this pillar, because a help article nobody can read on a small screen does not help.",
                    "The aim is not the newest tool for its own sake. Good technology supports the CARE stages: it puts the customer's name and history in front of the agent, triggers proactive help at the right moment, and records the data the rest of the programme depends on.",
                ],
                practices: [
                    "Show customer name, tenure and recent tickets in the agent's view.",
                    "Use automation for routing, tagging and acknowledgements, not for judgement calls.",
                    "Keep the help centre searchable and readable on a phone.",
                    "Track the uptime of chat and the help centre like any other service.",
                ],
                rulesOfThumb: [
                    "Proactive help exists on the journey.",
                ]
            )
        case .strategy:
            DomainGuide(
                tagline: "A clear, customer-centred plan that decides which changes come first.",
                paragraphs: [
                    "Strategy turns good intentions into a roadmap. It states what the organisation wants customers to experience, compares that with where things stand today and lists the changes needed to close the gap, in order of value to customers and to the business.",
                    "A gap analysis is the usual starting point: describe the current state honestly, describe the target state, and prioritise the actions that move the most customers furthest. A business that is built around its technology rather than its customers often discovers here that the product is fine but the experience around it is not.",
                    "A good strategy also keeps decisions consistent. When managers and front-line staff can see the plan, individual choices about policy, offers and priorities line up with it, and the plan can be checked against retention, repurchase and recommendation data.",
                ],
                practices: [
                    "Write a one-page statement of the experience you want customers to have.",
                    "Run a gap analysis between today and that target at least once a year.",
                    "Rank improvements by customer impact and effort, and publish the ranking.",
                    "Tie the plan to retention, repurchase and NPS so it can be judged.",
                ],
                rulesOfThumb: []
            )
        case .people:
            DomainGuide(
                tagline: "The people who serve customers, and the leaders who back them, make or break every change.",
                paragraphs: [
                    "Every improvement to customer experience is carried out by people. Whether a new process sticks depends on the agents who use it every day and on leaders who make time and room for it, so this pillar is about involving both.",
                    "Two listening programmes help. A Voice of the Employee programme gives the customer-facing team a simple, regular way to report what gets in their way, and keeps senior leaders aware of the ambitions and the obstacles. A Voice of the Customer programme collects what customers say across channels, so the team works from evidence rather than guesswork.",
                    "People also need skills and authority. Train agents in the tone and the greeting standards, let them resolve common issues without sign-off, and measure how the team itself feels, because a burnt-out team cannot create warm connections.",
                ],
                practices: [
                    "Run a short, regular survey of the support team and act on one finding each time.",
                    "Share customer feedback with the whole team, not only with managers.",
                    "Coach on real tickets, including greetings and ownership, in regular one-to-ones.",
                    "Give agents explicit authority for common fixes.",
                ],
                rulesOfThumb: [
                    "Greetings use the customer's name.",
                ]
            )
        case .service:
            DomainGuide(
                tagline: "Fix the customer's real problem, then follow up to hear how it went.",
                paragraphs: [
                    "Customer service is where the promise of good experience is tested. Customers judge a company less by its mistakes than by how it handles them; excellent service after a failure often earns forgiveness and loyalty.",
                    "Good service is a conversation rather than a transaction. Work out what is really hurting the customer, put that right, and then listen to what they make of the fix once they have had time to try it. What they tell you is the most direct evidence the whole programme gets.",
                    "Satisfaction and recommendation measures, such as CSAT, NPS and a \"Did we solve it?\" question, are the usual instruments for measuring how customers feel about the service. Read them over time and use them to steer the next round of improvements.",
                ],
                practices: [
                    "Confirm the customer's actual problem in your own words before solving it.",
                    "Follow up after every resolution to ask whether the fix worked.",
                    "Track CSAT, NPS and the \"solved\" rate together rather than one in isolation.",
                    "Treat every complaint as a chance to win the customer back.",
                ],
                rulesOfThumb: [
                    "Not solved in 2 interactions: escalate to a voice or video call.",
                ]
            )
        case .operations:
            DomainGuide(
                tagline: "The everyday processes that turn customer-experience decisions into consistent results.",
                paragraphs: [
                    "A strategy is only as good as the ordinary Tuesday afternoon on which it is carried out. Operations is the pillar that makes the plan happen the same way on every shift: staffing, queues, service levels, hand-offs between teams and the routines that keep them running.",
                    "Good operations depend on every department working towards the same customer goals. Support, product, billing and sales each touch the customer, and a gap between any two of them shows up as a delay or a contradiction the customer has to sort out. Check results against your own targets and against industry norms, and change course when either gap widens.",
                    "Operational numbers are also the first to move when something is going wrong. A rising reopen rate, a slipping response time or surveys going out at the wrong moment are alarms, and they usually sound months before the damage shows up in retention.",
                ],
                practices: [
                    "Staff to the forecast volume of your busiest periods, not the average week.",
                    "Set service levels for first response and resolution and review them weekly.",
                    "Agree hand-off rules with every team that touches the customer.",
                    "Watch reopen rates and response times as early warnings.",
                ],
                rulesOfThumb: [
                    "First response within 24 hours.",
                    "The \"Did we solve it?\" survey is sent 24 hours after resolution, not immediately.",
                ]
            )
        }
    }
}

extension ImplementationStep {
    /// The framework text for this step's page.
    public var guide: DomainGuide {
        switch self {
        case .analyzeWants:
            DomainGuide(
                tagline: "Start from what customers are trying to achieve, not from what you already offer.",
                paragraphs: [
                    "Companies that put customers at the centre tend to be markedly more profitable than those that do not, and that focus begins with understanding what customers actually want. Before designing journeys or picking metrics, find out what your customers are trying to get done, what gets in their way and what they value.",
                    "This is research, not guesswork. Talk to customers, read tickets and reviews, listen to sales and support calls, and look at how different segments use the product. Write the findings down as short personas that the whole team can refer to.",
                ],
                practices: [
                    "Interview a handful of customers from each main segment every quarter.",
                    "Tag tickets by the goal the customer was pursuing, not only by product area.",
                    "Write short personas with goals, frustrations and context.",
                    "Share the findings with everyone who designs or delivers service.",
                ],
                rulesOfThumb: [
                    "At least one persona or research page is written down.",
                ]
            )
        case .recognizeChannels:
            DomainGuide(
                tagline: "Be present where your customers are, rather than on every channel that exists.",
                paragraphs: [
                    "Being everywhere is neither possible nor useful. Start from where your customers already are and the kinds of problems they bring, and choose the few channels that fit. An unused channel wastes effort, and an understaffed one does more harm than offering nothing.",
                    "Choose the channels that reach the right customers for the right kinds of problem, then fund and staff them properly. Make sure they connect, so that a customer who moves from chat to email to a call does not have to start again.",
                ],
                practices: [
                    "List every channel customers use today, with volume and satisfaction per channel.",
                    "Match each kind of request to the channel that suits it best.",
                    "Staff and budget each chosen channel for its real demand.",
                    "Carry the conversation history across channels.",
                ],
                rulesOfThumb: [
                    "Every touchpoint on a journey map names its channel.",
                ]
            )
        case .planJourney:
            DomainGuide(
                tagline: "Draw the path customers take with you, and mark where it hurts.",
                paragraphs: [
                    "A journey map lays out, in order, every moment a customer spends with you, from the first visit to well after the sale. Its value lies in the discussion it forces: at each moment, what goes wrong for the customer, and what would make it better?",
                    "Mapping also exposes moments nobody owns, and it lets the team prepare for the customer's next move instead of reacting to it. Organise touchpoints under the four CARE stages and give each one an owner, the customer's likely emotion, the pain points and an improvement.",
                ],
                practices: [
                    "Map one journey end to end before mapping many partially.",
                    "Record the channel, emotion, pain and opportunity for each touchpoint.",
                    "Name an owner for every touchpoint and every improvement.",
                    "Walk the journey yourself as a customer before finalising the map.",
                ],
                rulesOfThumb: [
                    "Every journey map covers all four CARE stages.",
                ]
            )
        case .defineKPIs:
            DomainGuide(
                tagline: "Choose a small set of measures that show whether the experience is getting better.",
                paragraphs: [
                    "Without agreed measures, every discussion about customer experience turns into a debate about impressions. A short list of indicators, each with a clear definition, settles what better means and lets the whole team aim at the same thing.",
                    "Once the measures are agreed, set realistic targets for each month and review them. Balance speed (response and resolution times), quality (satisfaction, first-contact resolution, reopen rate) and outcome (retention, repurchase, NPS), so that improving one does not quietly damage another.",
                ],
                practices: [
                    "Pick a handful of metrics per CARE stage rather than dozens overall.",
                    "Write a one-line definition for each metric so everyone computes it the same way.",
                    "Set a monthly target for every metric you report.",
                    "Pair each speed metric with a quality metric.",
                ],
                rulesOfThumb: [
                    "Every metric in use has a target.",
                ]
            )
        case .collectData:
            DomainGuide(
                tagline: "Pull customer data from the channels you chose, regularly and in a usable form.",
                paragraphs: [
                    "Data comes from many places: the help desk, surveys, product usage, subscriptions and billing, interviews, social media and market reports. Collect it from the channels you selected in step two, on a fixed schedule, so that each month can be compared with the last.",
                    "Grouping the data by segment and persona shows where needs differ, so service and messages can be tuned to each group instead of to an imaginary average customer. Keep exports simple and consistent: the same columns, the same definitions, every month.",
                ],
                practices: [
                    "Export help-desk and survey data on the same day each month.",
                    "Record segment and channel with each value where possible.",
                    "Keep one tidy file per source rather than hand-edited summaries.",
                    "Note gaps or corrections in the data next to the numbers.",
                ],
                rulesOfThumb: [
                    "The latest month has metric data.",
                ]
            )
        case .generateInsights:
            DomainGuide(
                tagline: "Turn raw numbers and comments into findings the team can act on.",
                paragraphs: [
                    "Data only becomes useful once it is turned into insight: a clear statement of what changed, why it probably changed and what to do about it. Analytics and AI tools can do much of the sorting, but the essential work is still asking good questions of the data at a regular review.",
                    "Followed over several months, the same findings become a health check for the whole service, and comparing them with what customers say about alternatives shows where you lead and where you trail. Write them down in a monthly review so they can be compared and acted on.",
                ],
                practices: [
                    "Hold a monthly review and write down its findings in plain sentences.",
                    "Look at changes against last month and against target, not just raw values.",
                    "Read a sample of verbatim comments alongside the numbers.",
                    "End each review with decisions and owners.",
                ],
                rulesOfThumb: [
                    "The latest month has a review page with notes.",
                ]
            )
        case .refineProcess:
            DomainGuide(
                tagline: "Close every cycle by dealing with what it exposed, so the same problems do not return.",
                paragraphs: [
                    "No framework stays sound on its own. Each pass through the cycle shows up weaknesses: a rule nobody follows, a metric nobody reads, a hand-off that still loses context. Deal with them as the cycle closes, so they do not carry over into the next one.",
                    "There is no finish line. Tools, channels and customer habits change every year, and a team that stops adjusting soon finds its once-good service looking dated. Carry improvements from one review to the next, track their status, and retire them only when the data shows they worked.",
                ],
                practices: [
                    "Carry every open improvement into the next review with its current status.",
                    "Mark an improvement done only when its metric has moved.",
                    "Retire practices that no longer help customers.",
                    "Revisit the earlier steps when customers or channels change.",
                ],
                rulesOfThumb: [
                    "Improvements are carried from one month's review into the next.",
                ]
            )
        }
    }
}
