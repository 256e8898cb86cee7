import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite

// Generated from scaffold/ by `make templates`; do not edit by hand.

/// The sample project `cxsite init` writes: a copy of the repository's `scaffold/`.
package enum SampleProject {
    /// Path inside the project → contents.
    package static let files: [String: String] = [
        "content/assessment.csv": #"""
area,statement,score,month,owner,note
connect,Every first reply uses the customer's name,4,2026-10,Ana Ruiz,Weekly sample: 88 % in October
connect,Agents see a customer's history before they reply,3,2026-10,Lee Chen,Chat shows open tickets; phone does not yet
assist,Help articles answer the questions customers ask most,3,2026-10,Ana Ruiz,
assist,We contact customers before they notice a problem,2,2026-10,Lee Chen,Outage texts only; no proactive chat yet
resolve,"We reply to every ticket within 24 hours, on every channel",4,2026-10,Lee Chen,Email median 17.2 h in October
resolve,Tickets not solved in two interactions move to a call,3,2026-10,Lee Chen,Call slots on the rota since October
enhance,"The ""Did we solve it?"" survey goes out 24 hours after resolution",2,2026-10,Sam Patel,Still sent after one hour
enhance,We review our journeys every month with retention data,3,2026-10,Sam Patel,
technology,Our help desk and billing systems share one customer record,3,2026-10,Lee Chen,
technology,The help centre and chat stay up during releases,4,2026-10,Ana Ruiz,
strategy,CX goals appear in the company's quarterly plan,3,2026-10,Sam Patel,
strategy,Every journey map has a named owner,5,2026-10,Sam Patel,
people,New agents shadow calls before taking tickets alone,4,2026-10,Lee Chen,
people,We ask the team how they feel every quarter and act on it,3,2026-10,Sam Patel,
service,"Customers get the same answer on email, chat and phone",3,2026-10,Ana Ruiz,
service,Complaints get a reply from a lead within one working day,4,2026-10,Sam Patel,
operations,Queues are staffed for evening and weekend peaks,3,2026-10,Lee Chen,
operations,Every metric on the site has a target the team agreed,4,2026-10,Sam Patel,

"""#,
        "content/handbook/care/callbacks.md": #"""
---
title: Callbacks
draft: true   # not built until this line goes; `cxsite check` lists it, `cxsite serve --drafts` shows it
summary: When we offer to ring a customer back instead of keeping them on hold.
stage: assist
tags: [phone]
---
Offer a callback when the wait is longer than five minutes. Write what you will do next below.

"""#,
        "content/handbook/care/greetings.md": #"""
---
title: Greeting customers
order: 1
summary: Use the customer's name and show that we know their history.
stage: connect
pillar: people
step: 3
---
Every first reply starts with the customer's name and one line that shows we read their
message: "Hi Jo, sorry the connection keeps dropping in the evenings."

## What to avoid

- "Dear Customer", or no greeting at all.
- Asking for details the customer already gave us, such as their address or router model.

The greeting rate (`personalised_greeting_rate`) is checked in a weekly sample of tickets.

"""#,
        "content/handbook/care/index.md": #"""
---
title: CARE in practice
---
CARE is our service cycle: **Connect**, **Assist**, **Resolve**, **Enhance**. Each page in this
section says what one stage means for us; the stage pages of the site add the practices and the
rules of thumb, and list every page that names them.

"""#,
        "content/handbook/care/surveys.md": #"""
---
title: '"Did we solve it?" surveys'
order: 2
summary: One question, sent 24 hours after a ticket is solved, never straight away.
stage: enhance
pillar: operations
step: 5
date: 2026-08-20
tags: [surveys, ownership]
---
The survey asks one question, "Did we solve it?", with a yes or no answer and a comment box. It
goes out 24 hours after the ticket is solved, so the customer has had time to see whether the fix
held. A survey sent straight away measures our politeness, not our fix.

Every "no" is read by the ticket's owner within a working day, and the customer gets a reply.

"""#,
        "content/handbook/escalation-policy.md": #"""
---
title: Escalation policy
order: 2
summary: When a ticket moves to a call or to the network team, and who owns it afterwards.
stage: resolve
pillar: service
step: 7
# Keys other site generators use work too (see the README):
author: Your name
date: 2026-09-01
lastmod: 2026-10-15
description: "Our escalation policy: the triggers, who owns an escalated ticket, and when the network team joins."
tags: [escalation, ownership]
aliases: [/policies/escalation/]   # an old address that now redirects here
---
Escalating changes *how* we work on a problem, never *who* the customer deals with: the person
who first picked up the ticket stays its owner until the customer confirms it is fixed.

## The triggers

Escalate as soon as one of these is true:

1. **Two interactions without a fix.** Offer a phone or video call in your next reply.
2. **An outage.** More than one household in a street reports the same fault.
3. **The customer asks** for a manager or a call. We never argue about it.

## Who joins

| Level | Who joins | When | Update the customer |
|:------|:----------|:-----|--------------------:|
| 1 — call | The ticket's owner | Two interactions without a fix | Call within 1 working day |
| 2 — lead | The team lead | The call did not fix it | Within 4 working hours |
| 3 — network team | On-call engineer | An outage | Every 4 hours |

> [!TIP]
> Start a quote with `[!TIP]` to make a callout like this one; `[!NOTE]`, `[!IMPORTANT]`,
> `[!WARNING]` and `[!CAUTION]` work too. Tables are written with pipes, as above.

## How to escalate

Book a call slot from the rota, tell the customer the time and the name of the person calling, and
add the `escalated` tag. Lee reviews every escalated ticket on Friday. Before you call, check:

- [ ] the call slot is booked and the customer knows the caller's name;
- [ ] the `escalated` tag is on the ticket.

"""#,
        "content/handbook/index.md": #"""
---
title: Handbook
---
How our team works. Pages at the top level are for everyone; the CARE section explains what each
stage of our service cycle means on the queue.

"""#,
        "content/handbook/welcome.md": #"""
---
title: How our team works
order: 1
summary: Who we are, who owns what, and how a normal week runs.
step: 1
pillar: strategy
---
We are nine people answering email, chat and phone for about 40,000 households on Brightwater
broadband. Most of our customers contact us when something is not working, so the first minute of
every conversation matters more than anything we write here.

## Who owns what

- **Sam Patel, Head of Support**: priorities, the monthly review, complaints.
- **Lee Chen, Operations lead**: rota, queues, response times, escalations.
- **Ana Ruiz, Knowledge lead**: the help centre, macros, the onboarding tips.

## Our week

Monday morning we read last week's numbers together for fifteen minutes. Every Thursday one of us
presents a ticket that taught us something. On the first Tuesday of the month we hold the monthly
review; its notes become a page of this site.

Read next: the [escalation policy](escalation-policy.md) and [greeting customers](care/greetings.md).

"""#,
        "content/index.md": #"""
---
title: Brightwater CX handbook
---
This is the working handbook of the Brightwater Broadband support team: how we work with customers,
the journeys they take with us, the numbers we track every month and the notes from each monthly
review. It is a sample made by `cxsite init`: replace the text with your own team's, page by page.

Every page is a plain Markdown file in `content/`. Run `cxsite serve` and keep this page open while
you edit; it reloads as soon as you save. New pages start with `cxsite new page "Title"`, new
journeys with `cxsite new journey "Name"`, and each month's notes with `cxsite new review YYYY-MM`.

"""#,
        "content/journeys/broadband-fault.md": #"""
---
title: Broadband keeps dropping
persona: Jo Evans, works from home three days a week
owner: Lee Chen (Operations)
---
Intermittent faults are our most common contact and the one customers find hardest to explain.
This map follows Jo from the first dropped video call to a confirmed fix, with one improvement
for each CARE stage.

## Connect

### Reports the fault in chat
- Channel: chat
- Emotion: -1
- Target emotion: 0
- Owner: Support team
- Thought: "Third dropped call this week."
- Pain: The chat bot asked for her account number before saying hello
- Opportunity: Greet her by name from the logged-in session
- Improvement: Chat greets signed-in customers by name and shows their open tickets (owner: Ana Ruiz)
- Metric: personalised_greeting_rate

## Assist

### Line test
- Channel: in-app
- Emotion: 0
- Target emotion: +1
- Owner: Knowledge team
- Action: Runs the line test from the app while still in chat
- Pain: The result page said "Fault found" without saying what happens next
- Opportunity: Explain the result and offer an engineer slot on the same screen
- Improvement: Line test result page with next steps and proactive chat (owner: Ana Ruiz)
- Metric: self_service_rate

## Resolve

### Escalation to a call
- Channel: phone
- Emotion: -2
- Target emotion: +1
- Owner: Lee Chen
- Pain: Two chats without a fix before anyone offered to call
- Opportunity: Offer a call as soon as the second interaction fails
- Improvement: Escalation call slots on the rota every afternoon (owner: Lee Chen)
- Metric: first_response_hours

## Enhance

### "Did we solve it?" survey
- Channel: email
- Emotion: +1
- Target emotion: +2
- Owner: Support team
- Pain: The survey arrived an hour after the engineer left, before Jo could tell if it was fixed
- Improvement: Send the survey 24 hours after the ticket is solved (owner: Sam Patel)
- Metric: solved_yes_rate

"""#,
        "content/metrics/support-kpis.csv": #"""
month,first_response_hours,resolution_hours,fcr_rate,resolved_within_2_rate,personalised_greeting_rate,self_service_rate
2025-11,26.5,52,61.2%,80.1%,71.5%,28.4%
2025-12,29.1,58,59.8%,78.6%,70.2%,27.9%
2026-01,27.4,55,60.5%,79.4%,72.8%,29.1%
2026-02,24.2,50,62.9%,81.3%,74.0%,30.2%
2026-03,22.8,47,64.1%,82.5%,76.3%,31.0%
2026-04,21.5,45,65.0%,83.1%,77.9%,31.8%
2026-05,20.9,44,65.8%,83.9%,79.2%,32.5%
2026-06,19.6,42,66.4%,84.6%,80.8%,33.4%
2026-07,20.3,43,66.1%,84.2%,82.1%,33.9%
2026-08,18.8,41,67.2%,85.0%,83.5%,34.6%
2026-09,17.9,40,68.0%,85.7%,85.2%,35.1%
2026-10,17.2,38,68.9%,86.4%,88.0%,35.8%

"""#,
        "content/metrics/surveys.csv": #"""
month,metric,segment,value
2025-11,csat,,81.2%
2025-11,solved_yes_rate,,79.5%
2025-11,nps,,18
2025-12,csat,,79.8%
2025-12,solved_yes_rate,,78.1%
2025-12,nps,,15
2026-01,csat,,80.6%
2026-01,solved_yes_rate,,79.0%
2026-01,nps,,17
2026-02,csat,,82.1%
2026-02,solved_yes_rate,,80.4%
2026-02,nps,,19
2026-03,csat,,83.0%
2026-03,solved_yes_rate,,81.2%
2026-03,nps,,21
2026-04,csat,,83.4%
2026-04,solved_yes_rate,,81.9%
2026-04,nps,,22
2026-05,csat,,84.1%
2026-05,solved_yes_rate,,82.6%
2026-05,nps,,24
2026-06,csat,,84.6%
2026-06,solved_yes_rate,,83.1%
2026-06,nps,,25
2026-07,csat,,84.0%
2026-07,solved_yes_rate,,82.8%
2026-07,nps,,24
2026-08,csat,,85.2%
2026-08,solved_yes_rate,,83.9%
2026-08,nps,,27
2026-09,csat,,85.9%
2026-09,solved_yes_rate,,84.5%
2026-09,nps,,28
2026-10,csat,home,87.1%
2026-10,csat,business,84.3%
2026-10,csat,,86.4%
2026-10,solved_yes_rate,,85.3%
2026-10,nps,,30

"""#,
        "content/reviews/2026-10.md": #"""
---
title: October 2026 review
author: Sam Patel
decisions:
  - Keep the afternoon escalation call slots through the winter
  - Move the line test result page to the top of the knowledge team's list
improvements:
  - title: Chat greets signed-in customers by name
    owner: Ana Ruiz
    status: done
  - title: Escalation call slots every afternoon
    owner: Lee Chen
    status: in progress
  - title: Survey sent 24 hours after resolution
    owner: Sam Patel
    status: planned
---
**Connect.** The chat greeting went live on 6 October and the greeting rate reached 88 %.

**Resolve.** Call slots ran for three weeks. Escalations were booked faster, but the slots were
hard to protect on busy afternoons; Lee will try fixed slots in November.

**Enhance.** The survey still goes out an hour after resolution. Sam will ask the help desk admin
for a 24-hour delay rule before the next review.

"""#,
        "site.yml": #"""
# Settings of this cxsite project. Every key is optional: delete a line and its default applies.
# Run `cxsite serve` while you edit: the site rebuilds and the open page reloads on every save.

# Shown in the header of every page and in the browser tab.
# Default: Customer experience handbook
title: Brightwater CX handbook

# One sentence under the title on the home page, also each page's description for search engines.
# Default: none
description: How the Brightwater support team connects, assists, resolves and enhances, and how we are doing this month.

# The organisation the site is about, shown in the footer. Default: none
company: Brightwater Broadband

# The language of the pages (the lang attribute), as a BCP 47 tag. Default: en
language: en

# Where the site is published. Set it to get sitemap.xml; pages always link relatively, so the
# site also works from a folder or a file:// URL. Default: none
# base_url: https://cx.example.com/

# Markdown options. Raw HTML in Markdown is left out unless unsafe_html is true; turn it on
# only when every author of content/ is trusted. Default: false
markdown:
  unsafe_html: false

# Folders outside this project that symbolic links under content/ and templates/ may lead into,
# relative to this folder or absolute. A link leading anywhere else is an error, so a link to a
# home folder or to /etc/passwd can never publish the build machine's files. Default: none
# allow_outside: [../shared-handbook]

"""#,
    ]
}
