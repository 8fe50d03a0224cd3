// The third blind seed set: whole pages written the way other sites write
// them, held out from the clutter rules (issue 10: "the same is checked on
// seed-like pages you do not have"). Written in round 6 by a helper who did
// not read the clutter rules, their phrases, the prompt catalogue or the
// pages of the earlier seed sets, in 24 markups none of the earlier sets
// used: an e-mail newsletter's web archive (nested tables, inline styles),
// a Brightspot-like newspaper, a Mastodon-like long post with replies, a
// HubSpot blog (image call-to-action buttons), Jimdo, Nuxt behind a
// "pay or okay" consent wall, ASP.NET WebForms (the whole page inside one
// <form>), Plone, Qwik, Prismic slices, LiveJournal, an Arc XP-like
// newspaper, Ember, bare <p>s with prompts and a <form> straight in <body>,
// Storyblok, Adobe AEM's nested grids, Tumblr, SolidStart hydration keys,
// a published Notion page, Gatsby with prompts in <noscript>, a Lit PWA
// shell with a declarative shadow-DOM <template> and slots, unknown
// (unhyphenated) elements, Remix with an ad interstitial, and Stencil with
// a <footer> inside the <article> and a sticky bar of inline styles; all
// seven languages (EN and DE and NL 4 pages each, FR, ES, IT and PT 3).
//
// Same format as seed_pages.h (SeedPage): the article's paragraphs one per
// line, placed in the markup as {0}, {1}, ...; each prompt names the category
// its removal must carry and '|'-separated probes that must be gone (the
// first one also names the removal whose category is checked). Article
// sentences about subscriptions, newsletters, memberships, donations, apps,
// podcasts or logging in are part of the story and must stay.
#pragma once

#include "seed_pages.h"

namespace reader::testing {

inline const SeedPage kBlindSeedPages3[] = {
    // 0 e-mail newsletter web archive (Mailchimp-like nested tables, inline styles), EN.
    {"email-archive-en", "en", "Priya Raman",
     R"~(Six months after the Eastport Public Library stopped buying printed copies of most new bestsellers, the waiting list for its e-books has grown longer than the one it was meant to replace.
The library now spends roughly $41,000 a year on digital licences, which expire after two years or 26 loans, whichever comes first. A printed hardback, by contrast, could circulate for a decade.
Head librarian Maureen Castellanos told the board on Tuesday that the average wait for a popular e-book title had reached eleven weeks. "We are renting books we used to own," she said.
Borrowers reach the collection through a reading app that the library pays for on top of the licences. About 3,100 card holders used it last year, up from 1,900 the year before.
Several board members asked whether the library could bring back a small shelf of print bestsellers. Castellanos said it could, but only by cutting the budget for the children's room or for the Saturday opening hours.
Not everyone at the meeting was unhappy. Walter Dukes, 81, said he had read more since his daughter set up the app on his tablet than in the previous ten years, mainly because he can make the type as large as he likes.
The board will vote in March on a pilot that would split the budget evenly between print and digital for the twelve most-requested titles each month.
If you want to weigh in, the public comment period runs until February 28, and comments can be left in person at the front desk or by post.)~",
     R"~(<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#f4f1ea;">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">
<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer" style="max-width:600px;">
<tr><td valign="top" id="templatePreheader" style="padding:9px 18px;font-size:11px;color:#777;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td class="mcnTextContent" style="text-align:right;"><a href="https://us7.campaign-archive.com/?u=3a1f&amp;id=88b2" target="_blank" style="color:#777;">View in browser</a></td></tr></table>
</td></tr>
<tr><td valign="top" id="templateHeader" style="padding:18px;text-align:center;">
<img src="https://mcusercontent.com/3a1f/images/harbour-letter-logo.png" alt="The Harbour Letter" width="280" style="max-width:280px;">
<p style="font-family:Georgia,serif;font-size:13px;color:#555;margin:6px 0 0;">Issue 142 · Friday, January 19 · by Priya Raman</p>
</td></tr>
<tr><td valign="top" style="padding:0 18px;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="background:#fff7e0;border:1px solid #e8d9a8;"><tr><td class="mcnTextContent" style="padding:12px 16px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<strong>Did someone forward you this?</strong> Get the Harbour Letter in your own inbox every Friday morning. <a href="https://harbourletter.us7.list-manage.com/subscribe?u=3a1f&amp;id=0c2d" style="color:#b04a1a;font-weight:bold;">Subscribe for free</a>
</td></tr></table>
</td></tr>
<tr><td valign="top" id="templateBody" style="padding:18px;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td class="mcnTextContent" style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222;">
<h1 style="font-size:26px;font-weight:normal;margin:0 0 12px;">The library is renting books it used to own</h1>
<p>{0}</p>
<p>{1}</p>
<p>{2}</p>
<p>{3}</p>
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextBlock" style="margin:14px 0;"><tr><td style="border-top:2px solid #222;border-bottom:2px solid #222;padding:12px 0;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#444;">
<span style="text-transform:uppercase;letter-spacing:1px;font-size:11px;color:#999;">A word from our sponsor</span><br>
<a href="https://tidewatercu.example/checking?utm_source=harbourletter" style="color:#222;"><img src="https://mcusercontent.com/3a1f/images/tidewater-300x90.png" alt="Tidewater Credit Union" width="300"></a>
<p style="margin:8px 0 0;">This issue is brought to you by Tidewater Credit Union. Free checking, no minimum balance, and a branch that still answers the phone. <a href="https://tidewatercu.example/checking?utm_source=harbourletter">Open an account in ten minutes</a></p>
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td class="mcnTextContent" style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222;">
<p>{4}</p>
<p>{5}</p>
<p>{6}</p>
<p>{7}</p>
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td class="mcnTextContent" style="font-family:Georgia,serif;font-size:15px;line-height:1.5;color:#555;font-style:italic;padding-top:10px;">
<p>Priya Raman spent nine years on the city hall beat at the Coast Ledger before starting the Harbour Letter in 2021. She lives on the east side with two cats and an unreasonable number of library cards.</p>
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextBlock" style="margin-top:18px;background:#1f3b4d;"><tr><td style="padding:16px 18px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#fff;">
<p style="margin:0 0 8px;">The Harbour Letter has no paywall and no billionaire owner. It is free for everyone because about 600 readers chip in every month.</p>
<p style="margin:0;">If this issue was useful to you, <a href="https://harbourletter.example/support" style="color:#ffd77a;font-weight:bold;">become a supporter for $5 a month</a>.</p>
</td></tr></table>
</td></tr>
<tr><td valign="top" id="templateFooter" style="padding:18px;text-align:center;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#777;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock"><tr><td align="center" style="padding-bottom:10px;">Find us elsewhere: <a href="https://www.facebook.com/harbourletter"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-facebook-48.png" alt="Facebook" width="24"></a> <a href="https://www.instagram.com/harbourletter"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-instagram-48.png" alt="Instagram" width="24"></a> <a href="https://bsky.app/profile/harbourletter.example"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-link-48.png" alt="Bluesky" width="24"></a></td></tr></table>
<em>Copyright © 2024 The Harbour Letter, All rights reserved.</em><br>
Our mailing address is: 14 Quay Street, Eastport, ME 04631<br>
<a href="https://harbourletter.us7.list-manage.com/profile?u=3a1f">Update your preferences</a> or <a href="https://harbourletter.us7.list-manage.com/unsubscribe?u=3a1f">unsubscribe from this list</a>.
</td></tr>
</table>
</td></tr>
</table>
</center>)~",
     {{"newsletter", "Did someone forward you this?|Subscribe for free"},
      {"ad", "brought to you by Tidewater Credit Union|Open an account in ten minutes"},
      {"author-bio", "spent nine years on the city hall beat|an unreasonable number of library cards"},
      {"subscription", "about 600 readers chip in every month|become a supporter for $5 a month"},
      {"social", "Find us elsewhere:"},
      {nullptr, nullptr}}},
    // 1 Brightspot-like newspaper (PascalCase Page-/RichTextBody/Enhancement modules), EN.
    {"brightspot-en", "en", "Marcus Delacroix-Hale",
     R"~(Three years after lawmakers doubled the deposit on cans and bottles to ten cents, the state's redemption rate has climbed from 64 percent to 81 percent, according to figures released Monday by the Department of Environmental Quality.
The jump has been steepest in rural counties, where a network of 140 new drop-off sheds replaced the handful of supermarket machines that used to break down every other week.
Retailers, who opposed the increase when it passed, now say the sheds have taken pressure off their stores. "Nobody misses feeding cans into a machine by the dairy aisle," said Lorraine Pike of the state grocers' association.
The money that is never claimed, about $19 million last year, goes into a fund for recycling grants. That figure is falling as more people return their containers, which worries the towns that depend on the grants.
Environmental groups want the law extended to wine bottles and juice cartons, which make up a growing share of the glass found along highways.
State Sen. Ada Whitcombe, who sponsored the original increase, said she would introduce a bill in January but expected a fight with wineries, who argue the deposit would make their products harder to sell.
A spokesman for the beverage industry said the current system works and should be left alone for at least another two years to allow a fair comparison.
The department's full report, with county-by-county figures, is due in the spring.)~",
     R"~(<div class="Page-above"><div class="Enhancement" data-align-center><div class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd-label">ADVERTISEMENT</div><div class="GoogleDfpAd" data-slot="/2231/capitol/leaderboard" id="dfp-ad-top"></div></div></div></div>
<header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/"><img src="/assets/capitol-sentinel.svg" alt="The Capitol Sentinel"></a>
<nav class="Page-header-navigation"><ul class="Navigation-items"><li class="Navigation-items-item"><a href="/news">News</a></li><li class="Navigation-items-item"><a href="/politics">Politics</a></li><li class="Navigation-items-item"><a href="/environment">Environment</a></li><li class="Navigation-items-item"><a href="/opinion">Opinion</a></li></ul></nav>
<div class="Page-header-end"><a class="Page-header-eEdition" href="https://eedition.capitolsentinel.example">Today's e-Edition</a> <a class="Page-header-login" href="/account/login">My account</a></div></div></header>
<main class="Page-main"><div class="Page-content"><article class="Page-articleBody ArticlePage-mainContent">
<div class="Page-breadcrumbs"><a href="/environment">Environment</a></div>
<h1 class="Page-headline">Bottle deposit doubling pushed returns past 80 percent, state says</h1>
<div class="Page-authors">By <a class="Link" href="/staff/marcus-delacroix-hale">Marcus Delacroix-Hale</a> <span class="Page-datePublished">Published November 4, 2024</span></div>
<div class="RichTextArticleBody RichTextBody">
<p>{0}</p><p>{1}</p>
<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="MeterBanner"><span class="MeterBanner-count">You have 2 free stories left this month.</span> <a href="/subscribe?source=meter">See subscription options</a></div></div></div>
<p>{2}</p><p>{3}</p>
<div class="Enhancement" data-align-center><div class="Enhancement-item"><ps-promo class="PromoSubscribe"><div class="PromoSubscribe-title">Local news you can trust, from $1 a week</div><div class="PromoSubscribe-description">Get a full year of unlimited digital access to The Capitol Sentinel. Cancel anytime.</div><a class="Button" href="/subscribe?source=inline-offer">Claim offer</a></ps-promo></div></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</div>
<div class="Page-articleBody-login">Already have an account? <a href="/account/login?return=article">Log in here</a> to keep reading without interruptions.</div>
</article>
<aside class="Page-aside"><div class="List ListD"><h2 class="List-title">More from Politics</h2><ul class="List-items">
<li class="List-items-item"><a class="PromoSmall-title" href="/politics/budget-surplus">Budget surplus shrinks as sales tax receipts level off</a></li>
<li class="List-items-item"><a class="PromoSmall-title" href="/politics/ferry-contract">Ferry contract vote delayed for a third time</a></li>
<li class="List-items-item"><a class="PromoSmall-title" href="/politics/school-funding">School funding formula heads to conference committee</a></li></ul></div></aside>
</div></main>
<footer class="Page-footer"><div class="Page-footer-links"><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></div><div class="Page-footer-disclaimer">© 2024 The Capitol Sentinel</div></footer>)~",
     {{"paywall", "You have 2 free stories left this month.|See subscription options"},
      {"subscription", "Local news you can trust, from $1 a week|Claim offer"},
      {"signin", "Already have an account?|to keep reading without interruptions"},
      {"related", "More from Politics|Ferry contract vote delayed for a third time"},
      {"ad", "ADVERTISEMENT"},
      {"promo", "Today's e-Edition"},
      {nullptr, nullptr}}},
    // 2 Mastodon-like long post (status markup, replies in the same markup), EN.
    {"mastodon-en", "en", "Tomasz Wierzbicki",
     R"~(After eleven years I am stepping down as the lead maintainer of Quillmark, the little Markdown-to-PDF tool that somehow ended up inside three government publishing pipelines and at least one airline.
This was not an easy decision, and it was not made because of one bad week. It was made because I noticed I had started dreading my own notifications.
Some numbers, for the people who like numbers. Quillmark has 2,300 open issues, 41 of which are from this month. In the last year I merged 612 pull requests, and 590 of those I reviewed alone, mostly between 10pm and 1am.
Donations through our sponsors page brought in about 340 euros a month at their peak. That is lovely and I am grateful to every person who gave, but it does not pay for a single day of my time, let alone the hours an airline expects when its boarding passes stop rendering.
I tried the things people suggest. I asked the companies that depend on the project for a support contract; two replied, one said yes, and then their procurement department asked me to fill in a 40-page supplier questionnaire.
I also tried saying no more often. It turns out that when you say no to a feature request from a company, some of them reply by logging in to the issue tracker with five different accounts.
From next month, Ines Calloway and Rafael Osei will lead the project together. They have been the real backbone of the last two releases and they have my complete trust.
I will stay around as a contributor, and I will still answer questions about the layout engine, because nobody else understands it and I am sorry about that.)~",
     R"~(<div class="app-holder" id="mastodon" data-props="locale-en"><div class="columns-area__panels"><div class="columns-area__panels__pane columns-area__panels__pane--compositional"><div class="columns-area__panels__pane__inner">
<div class="sign-in-banner"><p>Log in to follow profiles or hashtags, favourite, share and reply to posts. You can also interact from your account on a different server.</p><a class="button button--block" href="/auth/sign_up">Create account</a><a class="button button--block button-secondary" href="/auth/sign_in">Login</a></div>
</div></div>
<div class="columns-area__panels__main"><div class="column" role="region" aria-label="Post"><div class="scrollable">
<div class="focusable detailed-status__wrapper" tabindex="0"><div class="detailed-status">
<a class="detailed-status__display-name" href="/@tomasz"><div class="account__avatar"><img src="/avatars/tomasz.png" alt=""></div><span class="display-name"><bdi><strong class="display-name__html">Tomasz Wierzbicki</strong></bdi> <span class="display-name__account">@tomasz@typo.social</span></span></a>
<div class="status__content"><div class="status__content__text status__content__text--visible translate" lang="en">
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</div></div>
<div class="detailed-status__meta"><a class="detailed-status__datetime" href="/@tomasz/112934"><time datetime="2024-08-12T18:04:00Z">Aug 12, 2024, 18:04</time></a> · <span class="detailed-status__link"><span>1.2K boosts</span></span> · <span class="detailed-status__favorites"><span>3.4K favourites</span></span></div>
</div>
<div class="detailed-status__action-bar"><button class="icon-button" title="Reply" aria-label="Reply">Reply</button><button class="icon-button" title="Boost" aria-label="Boost">Boost</button><button class="icon-button" title="Favourite" aria-label="Favourite">Favourite</button><button class="icon-button" title="Bookmark" aria-label="Bookmark">Bookmark</button></div>
</div>
<div class="status__wrapper status__wrapper-reply focusable" tabindex="0"><div class="status status-reply"><div class="status__info"><a class="status__display-name" href="/@mira_k"><span class="display-name"><bdi><strong class="display-name__html">Mira K.</strong></bdi> <span class="display-name__account">@mira_k@hachyderm.example</span></span></a></div>
<div class="status__content"><div class="status__content__text translate"><p><span class="h-card"><a href="/@tomasz" class="u-url mention">@<span>tomasz</span></a></span> Thank you for all the years of quiet work. Our whole thesis template runs on Quillmark and nobody in my department knows your name.</p></div></div></div></div>
<div class="status__wrapper status__wrapper-reply focusable" tabindex="0"><div class="status status-reply"><div class="status__info"><a class="status__display-name" href="/@benj"><span class="display-name"><bdi><strong class="display-name__html">Benjamin Arroyo</strong></bdi> <span class="display-name__account">@benj@fosstodon.example</span></span></a></div>
<div class="status__content"><div class="status__content__text translate"><p><span class="h-card"><a href="/@tomasz" class="u-url mention">@<span>tomasz</span></a></span> The supplier questionnaire part made me laugh and then made me sad. Rest well.</p></div></div></div></div>
</div></div></div>
<div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational"><div class="columns-area__panels__pane__inner"><div class="explore__trending"><h4>Trending now</h4>
<a class="trends__item" href="/tags/fediverse">#fediverse · 1,842 people in the past 2 days</a>
<a class="trends__item" href="/tags/caturday">#caturday · 977 people in the past 2 days</a>
<a class="trends__item" href="/tags/typography">#typography · 311 people in the past 2 days</a></div></div></div>
</div></div>)~",
     {{"signin", "Log in to follow profiles or hashtags|Create account"},
      {"social", "1.2K boosts|3.4K favourites"},
      {"comments", "Thank you for all the years of quiet work|made me laugh and then made me sad"},
      {"related", "Trending now|people in the past 2 days"},
      {nullptr, nullptr}}},
    // 3 HubSpot CMS blog (hs_cos_wrapper spans, image call-to-action, hs-form), EN.
    {"hubspot-en", "en", "Dana Whitfield",
     R"~(When we published salary ranges on every job advert last spring, we expected fewer applications. Instead we got 38 percent more, and the people who applied were a much better match for the roles.
The change started with a complaint. A candidate who had spent four rounds interviewing with us for a support role withdrew when the offer came in at two-thirds of what she earned already, and she wrote to tell us so, politely but at length.
She was right that we had wasted her time, and ours. Across the previous year, nearly one in five final-round candidates had turned us down over pay, after an average of nine hours of interviews each.
Publishing ranges meant first agreeing on them internally, which was harder than posting them. We found three people doing the same job on salaries that differed by 22 percent, and we closed those gaps before a single advert went live.
We also stopped asking candidates about their current salary. It anchors the offer to whatever the last employer paid, and it punishes people who took a career break to care for a child or a parent.
The most common worry from managers was that existing staff would compare themselves with the new ranges. Some did. We answered every question in our internal newsletter and held two open sessions, and most of the conversations turned out to be about career paths rather than money.
There were costs. Our payroll grew by about 4 percent after the adjustments, and two senior hires chose competitors who would not say what they paid but offered more in the end.
Would we do it again? Yes, without hesitation. Our offer acceptance rate is now 91 percent, and nobody has sat through four rounds of interviews only to be surprised at the end.)~",
     R"~(<div class="body-container-wrapper"><div class="body-container body-container--blog-post">
<div class="header-container"><a href="/" class="logo"><img src="/hubfs/tallyhq-logo.svg" alt="TallyHQ"></a><ul class="hs-menu-wrapper"><li class="hs-menu-item"><a href="/product">Product</a></li><li class="hs-menu-item"><a href="/pricing">Pricing</a></li><li class="hs-menu-item hs-menu-depth-1 active"><a href="/blog">Blog</a></li></ul></div>
<div class="blog-post-wrapper"><div class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">What happened when we put the salary on every job advert</span></h1>
<div class="blog-post__meta"><a class="blog-post__author-name" href="/blog/author/dana-whitfield">Dana Whitfield</a> <time datetime="2024-05-14">May 14, 2024</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>{0}</p><p>{1}</p><p>{2}</p>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5c2e1a90"><span class="hs-cta-node hs-cta-5c2e1a90" id="hs-cta-5c2e1a90"><a href="https://cta-redirect.hubspot.com/cta/redirect/2219931/5c2e1a90" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-5c2e1a90" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/2219931/5c2e1a90.png" alt="Free download: the 2024 pay transparency playbook for small teams"></a> <a class="cta_button" href="https://cta-redirect.hubspot.com/cta/redirect/2219931/5c2e1a90-b">Get the free playbook</a></span></span><!-- end HubSpot Call-to-Action Code --></p>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</span></div>
<div class="blog-post__share">Share this post: <a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https://tallyhq.example/blog/salary-ranges">LinkedIn</a> <a href="https://twitter.com/intent/tweet?url=https://tallyhq.example/blog/salary-ranges">X</a> <a href="mailto:?subject=Salary%20ranges">Email</a></div>
<div class="blog-post__author"><img src="/hubfs/team/dana.jpg" alt="" width="72"><div class="blog-post__author-text"><p>Dana Whitfield leads the people team at TallyHQ. Before that she ran recruiting for two logistics start-ups in Rotterdam and Denver, and she has written for HR Dive and People Management about hiring in small companies.</p></div></div>
</div>
<div class="blog-subscribe"><h3>Never miss a post</h3><p>One email a month with what we learned running a 60-person company.</p>
<div class="hbspt-form"><form id="hsForm_8fe1" class="hs-form stacked" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/2219931/8fe1" method="POST"><div class="hs_email hs-form-field"><label for="email-8fe1"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-8fe1" class="hs-input" type="email" name="email" required></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
<div class="related-posts"><h3>You might also like</h3>
<div class="related-posts__item"><a href="/blog/four-day-week-trial">Our four-day week trial, six months on</a></div>
<div class="related-posts__item"><a href="/blog/onboarding-checklist">The onboarding checklist we wish we had in 2019</a></div>
<div class="related-posts__item"><a href="/blog/remote-stipends">How we set remote-work stipends without a spreadsheet war</a></div></div>
</div></div>
<div class="footer-container"><p>© 2024 TallyHQ B.V. · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></div>
</div></div>)~",
     {{"social", "Share this post:"},
      {"author-bio", "leads the people team at TallyHQ|has written for HR Dive"},
      {"newsletter", "Never miss a post|with what we learned running a 60-person company"},
      {"related", "You might also like|Our four-day week trial, six months on"},
      {"promo", "Get the free playbook"},
      {nullptr, nullptr}}},
    // 4 Jimdo site (j-module / cc-m-* ids, a club's website), DE.
    {"jimdo-de", "de", "Gerlinde Haas",
     R"~(Nach fast vier Jahren Arbeit dreht sich das Wasserrad der Kornmühle in Oberachern wieder. Am Samstag haben rund 300 Gäste zugesehen, wie Müllermeister a. D. Anton Brucker die Schleuse öffnete.
Die Mühle stand seit 1968 still. Als der Verein sie 2019 von der Gemeinde übernahm, war das Dach an zwei Stellen eingebrochen und das Rad bis auf die Achse verfault.
Die Sanierung hat gut 410.000 Euro gekostet. Knapp die Hälfte kam aus dem Denkmalschutzprogramm des Landes, den Rest haben Mitglieder, Firmen aus dem Ort und viele private Spender aufgebracht.
Allein die Mitgliedsbeiträge hätten dafür nie gereicht, sagt der Vorsitzende Helmut Sauer. Der Verein zählt 212 Mitglieder, der Jahresbeitrag liegt bei 24 Euro.
Das neue Rad hat ein Zimmermann aus dem Schwarzwald aus Lärchenholz gebaut. Es misst 5,40 Meter und wiegt trotz seiner Größe weniger als das alte, weil die Schaufeln schmaler sind.
Mahlen wird die Mühle vorerst nur zu Vorführungen. Ab Mai soll an jedem ersten Sonntag im Monat Dinkel aus der Umgebung gemahlen werden, das Mehl gibt es dann im Mühlenladen.
Schulklassen können die Mühle ab sofort nach Anmeldung besuchen. Zwei pensionierte Lehrerinnen haben dafür ein Programm mit Mahlprobe und Brotbacken ausgearbeitet.
Noch offen ist die Frage, was aus der alten Müllerwohnung im Obergeschoss wird. Im Gespräch sind ein kleines Museum und eine Ferienwohnung, die laufende Einnahmen bringen würde.)~",
     R"~(<div class="jtpl-main"><div class="jtpl-header"><div id="cc-m-header-10381" class="j-module n j-header"><a href="/"><span class="cc-m-header-title">Heimat- und Mühlenverein Oberachern e.V.</span></a></div>
<nav class="jtpl-navigation"><ul class="mainNav1"><li><a href="/" class="level_1">Startseite</a></li><li><a href="/aktuelles/" class="current level_1">Aktuelles</a></li><li><a href="/die-muehle/" class="level_1">Die Mühle</a></li><li><a href="/verein/" class="level_1">Verein</a></li><li><a href="/kontakt/" class="level_1">Kontakt</a></li></ul></nav></div>
<div class="jtpl-content"><div id="content_area" data-container="content"><div id="content_start"></div>
<div id="cc-matrix-41027" class="j-matrix">
<div id="cc-m-140110" class="j-module n j-header"><h1>Das Rad dreht sich wieder</h1></div>
<div id="cc-m-140111" class="j-module n j-text"><p><em>12. April 2024 · Text: Gerlinde Haas</em></p></div>
<div id="cc-m-140112" class="j-module n j-text"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p></div>
<div id="cc-m-140113" class="j-module n j-imageSubtitle"><figure class="cc-imagewrapper cc-m-image-align-1"><img src="https://image.jimcdn.com/app/cms/image/transf/dimension=640x10000:format=jpg/path/s7a1/image/i4d2/version/1712/image.jpg" alt="Das neue Wasserrad" width="640"><figcaption>Das neue Rad aus Lärchenholz. Foto: Verein</figcaption></figure></div>
<div id="cc-m-140114" class="j-module n j-text"><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div id="cc-m-140115" class="j-module n j-hr"><hr></div>
<div id="cc-m-140116" class="j-module n j-text"><p><strong>Jeder Euro hält die Mühle am Laufen.</strong> Unterhalt, Versicherung und Reparaturen kosten uns jedes Jahr rund 9.000 Euro. Helfen Sie mit einer Spende – schon 10 Euro machen einen Unterschied.</p><p>Spendenkonto: Volksbank Achern, IBAN DE12 6629 1400 0001 2345 67 · <a href="/spenden/">Jetzt online spenden</a></p></div>
<div id="cc-m-140117" class="j-module n j-formnew"><form action="/app/module/webproduct/goto/m/m5f2" method="post" class="cc-m-form"><div class="cc-m-form-view-element"><label for="m5f2-name">Rundbrief per E-Mail erhalten</label><p class="cc-m-form-note">Zweimal im Jahr: Termine, Mahltage und Neuigkeiten aus dem Verein.</p><input type="email" id="m5f2-name" name="email" placeholder="Ihre E-Mail-Adresse"></div><input type="submit" value="Eintragen"></form></div>
<div id="cc-m-140118" class="j-module n j-sharebuttons"><div class="cc-sharebuttons-element"><span>Diesen Beitrag teilen:</span> <a class="cc-sharebuttons-facebook" href="https://www.facebook.com/sharer.php?u=https://muehle-oberachern.de/aktuelles/" title="Facebook">Facebook</a> <a class="cc-sharebuttons-whatsapp" href="https://wa.me/?text=https://muehle-oberachern.de/aktuelles/" title="WhatsApp">WhatsApp</a></div></div>
</div></div></div>
<div class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/about/">Impressum</a> | <a href="/j/privacy">Datenschutz</a> | <a href="/sitemap/">Sitemap</a></div><div class="rightrow"><a href="/login" rel="nofollow">Anmelden</a></div></div></div></div>
<div id="cookie-settings" class="cc-cookie-bar" role="region" aria-label="Cookie-Hinweis"><div class="cc-cookie-bar__text">Diese Website verwendet Cookies, um Ihnen die bestmögliche Nutzung zu ermöglichen. Einige sind technisch notwendig, andere helfen uns, die Seite zu verbessern.</div><div class="cc-cookie-bar__buttons"><a class="cc-cookie-bar__link" href="/j/privacy">Mehr erfahren</a> <button class="cc-cookie-bar__decline">Nur notwendige</button> <button class="cc-cookie-bar__accept">Alle akzeptieren</button></div></div>)~",
     {{"subscription", "Jeder Euro hält die Mühle am Laufen.|Jetzt online spenden"},
      {"newsletter", "Rundbrief per E-Mail erhalten|Termine, Mahltage und Neuigkeiten aus dem Verein"},
      {"social", "Diesen Beitrag teilen:"},
      {"consent", "Diese Website verwendet Cookies|Nur notwendige"},
      {nullptr, nullptr}}},
    // 5 Nuxt output (__nuxt/__layout, <!----> placeholders) behind a "pay or okay" consent wall, DE.
    {"nuxt-consentwall-de", "de", "Jonas Lindqvist",
     R"~(Die Straßenbahnlinie 7 nach Wettersdorf wird frühestens im Herbst 2027 fahren und damit fast drei Jahre später als geplant. Das hat der Vorstand der Verkehrsbetriebe am Dienstagabend im Bauausschuss eingeräumt.
Grund für die Verzögerung sind vor allem Leitungen im Boden, die in keinem Plan verzeichnet waren. Allein an der Kreuzung Kasernenstraße mussten die Bauarbeiter elf Monate lang Gas-, Wasser- und Telefonleitungen verlegen.
Die Kosten steigen nach der neuen Schätzung von 148 auf 197 Millionen Euro. Bund und Land tragen weiterhin rund drei Viertel, der Anteil der Stadt wächst aber um gut zwölf Millionen Euro.
Im Ausschuss war die Stimmung entsprechend gereizt. „Wir haben den Bürgerinnen und Bürgern 2024 versprochen“, sagte die Grünen-Stadträtin Miriam Okonkwo, „jetzt reden wir über 2027, und niemand kann mir garantieren, dass es dabei bleibt.“
Die Verkehrsbetriebe wollen die Geschäftsleute an der Baustelle stärker entschädigen. Wer nachweislich mehr als ein Drittel seines Umsatzes verloren hat, soll künftig einen monatlichen Zuschuss bekommen.
Für die Fahrgäste ändert sich zunächst wenig. Der Ersatzbus fährt weiterhin im Zehn-Minuten-Takt, am Wochenende allerdings nur noch alle zwanzig Minuten.
Wer sich über den Baufortschritt informieren will, kann in der App der Verkehrsbetriebe seit dieser Woche eine Baustellenkarte abrufen, die täglich aktualisiert wird.
Der Stadtrat soll im Juli über den höheren Zuschuss abstimmen. Eine Mehrheit gilt als sicher, weil ein Abbruch des Projekts die Stadt noch teurer käme.)~",
     R"~(<div id="__nuxt"><div id="__layout"><div class="page-wrapper">
<div class="cmp-wall" role="dialog" aria-modal="true" aria-labelledby="cmp-wall-title"><div class="cmp-wall__inner"><h2 id="cmp-wall-title">Lesen Sie mit Werbung oder werbefrei</h2><p>Wir und unsere 146 Partner verarbeiten personenbezogene Daten wie Ihre IP-Adresse und speichern Informationen auf Ihrem Gerät, um personalisierte Werbung auszuspielen und die Reichweite zu messen. Ihre Einwilligung können Sie jederzeit in den Datenschutz-Einstellungen widerrufen.</p><button class="cmp-wall__accept">Akzeptieren und weiterlesen</button><p>Oder nutzen Sie unser Angebot ohne Werbetracking: <a href="/abo/pur">Pur-Abo für 3,99 € im Monat</a></p><p class="cmp-wall__login">Schon Pur-Abonnent? <a href="/login?pur=1">Hier einloggen</a></p></div></div>
<header class="site-header"><a href="/" class="nuxt-link-active logo" aria-label="Rheintal-Kurier Startseite"><img src="/_nuxt/img/logo.3f1a2c.svg" alt="Rheintal-Kurier"></a><!---->
<nav class="site-nav"><a href="/lokales" class="nuxt-link-active">Lokales</a> <a href="/region">Region</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a></nav></header>
<main class="article-page" data-fetch-key="ArticlePage:0"><article class="article">
<div class="article__kicker"><span class="plus-badge" aria-label="Plus-Artikel">RK+ · Exklusiv für Abonnenten</span> <span>Verkehr</span></div>
<h1 class="article__title">Linie 7 kommt drei Jahre später – und wird 49 Millionen teurer</h1>
<div class="article__meta"><span class="article__author">Von Jonas Lindqvist</span> <time datetime="2024-03-19T19:30:00+01:00">19.03.2024, 19:30 Uhr</time></div><!---->
<div class="article__body">
<p>{0}</p><p>{1}</p>
<div class="ad-slot ad-slot--content"><span class="ad-slot__label">Anzeige</span><div id="div-gpt-ad-content-1"></div></div>
<p>{2}</p><p>{3}</p><p>{4}</p>
<div class="app-teaser"><img src="/_nuxt/img/app-icon.8c22d1.png" alt="" width="48"><div><strong>Eilmeldungen direkt aufs Handy</strong><span>Mit der Rheintal-Kurier-App verpassen Sie keine wichtige Nachricht aus Ihrer Stadt.</span></div><a href="https://apps.apple.com/de/app/rheintal-kurier/id1488112">Jetzt kostenlos laden</a></div>
<p>{5}</p><p>{6}</p><p>{7}</p>
</div><!---->
<div class="article__offer"><div class="offer-box"><p class="offer-box__title">Alles lesen, was die Region bewegt</p><p>Testen Sie RK+ vier Wochen lang für nur 0,99 € – danach 9,90 € monatlich, jederzeit kündbar.</p><a class="offer-box__cta" href="/abo/plus?ref=artikelende">Jetzt testen</a></div></div>
</article></main>
<footer class="site-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/agb">AGB</a> · <a href="/kontakt">Kontakt</a></footer>
</div></div></div>)~",
     {{"consent", "Lesen Sie mit Werbung oder werbefrei|Akzeptieren und weiterlesen|Pur-Abo für 3,99 € im Monat"},
      {"ad", "Anzeige"},
      {"promo", "Eilmeldungen direkt aufs Handy|Jetzt kostenlos laden"},
      {"subscription", "Alles lesen, was die Region bewegt|vier Wochen lang für nur 0,99 €"},
      {"paywall", "Exklusiv für Abonnenten"},
      {nullptr, nullptr}}},
    // 6 ASP.NET WebForms (the whole page inside one <form id="aspnetForm">, ctl00_ ids, __VIEWSTATE), DE.
    {"aspnet-webforms-de", "de", "Dr. Bettina Kranz",
     R"~(Im Kammerbezirk haben in diesem Herbst 2.814 junge Menschen eine Ausbildung im Handwerk begonnen, so viele wie seit 2011 nicht mehr. Das entspricht einem Plus von 6,3 Prozent gegenüber dem Vorjahr.
Besonders gefragt waren die Elektro- und die Anlagenmechaniker-Berufe, die von der Nachfrage nach Wärmepumpen und Solaranlagen profitieren. Bei den Bäckern und Fleischern blieben dagegen erneut viele Plätze frei.
Kammerpräsident Reinhold Meister führt den Zuwachs auch auf die Ausbildungsbotschafter zurück, junge Gesellinnen und Gesellen, die in Schulklassen von ihrem Berufsalltag erzählen.
Auffällig ist der Anteil der Abiturientinnen und Abiturienten. Er ist binnen fünf Jahren von 14 auf 21 Prozent gestiegen, viele von ihnen haben zuvor ein Studium abgebrochen.
Weiterhin schwierig bleibt die Lage auf dem Land. In den Kreisen Nordheide und Auetal blieb fast jede vierte angebotene Stelle unbesetzt, oft weil Bus und Bahn den Betrieb nicht rechtzeitig erreichen.
Die Kammer fordert deshalb ein vergünstigtes Azubi-Ticket, das auch die Anfahrt zur Berufsschule abdeckt. Ein entsprechender Antrag liegt dem Kreistag vor.
Betriebe, die noch Auszubildende suchen, können freie Stellen bis Ende November in der Lehrstellenbörse der Kammer melden. Die Einträge sind kostenlos.
Die vollständige Statistik mit allen Berufen und Kreisen veröffentlicht die Kammer Mitte Dezember.)~",
     R"~(<form method="post" action="./Meldung.aspx?id=4711" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value=""><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIwOQ9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFD0hhbmR3ZXJrc2thbW1lcmQ="></div>
<div id="ctl00_pnlKopf" class="kopf"><a id="ctl00_hlLogo" href="Default.aspx"><img id="ctl00_imgLogo" src="Bilder/logo_hwk.gif" alt="Handwerkskammer Nordheide-Auetal" style="border-width:0px;"></a>
<table id="ctl00_tblMenue" class="menue" cellspacing="0" border="0"><tr><td><a id="ctl00_rptMenue_ctl00_hlPunkt" href="Default.aspx">Start</a></td><td><a id="ctl00_rptMenue_ctl01_hlPunkt" class="aktiv" href="Meldungen.aspx">Presse</a></td><td><a id="ctl00_rptMenue_ctl02_hlPunkt" href="Ausbildung.aspx">Ausbildung</a></td><td><a id="ctl00_rptMenue_ctl03_hlPunkt" href="Betriebe.aspx">Betriebe</a></td></tr></table>
<div id="ctl00_pnlLogin" class="loginbox"><span id="ctl00_lblLoginTitel" class="loginbox-titel">Login für Mitgliedsbetriebe</span><br><span id="ctl00_lblBenutzer">Betriebsnummer</span> <input name="ctl00$txtBenutzer" type="text" id="ctl00_txtBenutzer"> <span id="ctl00_lblPasswort">Kennwort</span> <input name="ctl00$txtPasswort" type="password" id="ctl00_txtPasswort"> <input type="submit" name="ctl00$btnLogin" value="Anmelden" id="ctl00_btnLogin"> <a id="ctl00_hlVergessen" href="Passwort.aspx">Kennwort vergessen?</a></div></div>
<div id="ctl00_pnlInhalt" class="inhalt">
<table id="ctl00_ContentPlaceHolder1_tblMeldung" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="ctl00_ContentPlaceHolder1_tdText" valign="top" class="spalte-text">
<span id="ctl00_ContentPlaceHolder1_lblDatum" class="datum">Pressemitteilung vom 24.10.2024</span>
<h1><span id="ctl00_ContentPlaceHolder1_lblTitel">Ausbildung im Handwerk: höchster Stand seit 13 Jahren</span></h1>
<span id="ctl00_ContentPlaceHolder1_lblAutor" class="autor">Ansprechpartnerin: Dr. Bettina Kranz, Pressestelle</span>
<div id="ctl00_ContentPlaceHolder1_pnlText" class="meldungstext">
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</div>
<div id="ctl00_ContentPlaceHolder1_pnlKommentare" class="kommentare"><h3><span id="ctl00_ContentPlaceHolder1_lblKommentarTitel">Kommentare (2)</span></h3>
<div class="kommentar"><span class="kommentar-autor">Tischlerei Wendt, Auetal:</span> Wir suchen seit März und haben nicht eine Bewerbung bekommen. Das Ticket wäre wirklich ein Anfang.</div>
<div class="kommentar"><span class="kommentar-autor">M. Schröder:</span> Schön zu lesen, aber bei uns im Dorf fährt der Bus zweimal am Tag.</div>
<span id="ctl00_ContentPlaceHolder1_lblNeuerKommentar">Ihr Kommentar:</span><br><textarea name="ctl00$ContentPlaceHolder1$txtKommentar" rows="4" cols="50" id="ctl00_ContentPlaceHolder1_txtKommentar"></textarea><br><input type="submit" name="ctl00$ContentPlaceHolder1$btnKommentar" value="Kommentar absenden" id="ctl00_ContentPlaceHolder1_btnKommentar"></div>
</td>
<td id="ctl00_ContentPlaceHolder1_tdRand" valign="top" class="spalte-rand" width="220">
<div id="ctl00_ContentPlaceHolder1_pnlWeitere" class="randbox"><span class="randbox-titel">Weitere Pressemitteilungen</span><ul><li><a href="Meldung.aspx?id=4702">Meisterpreise 2024 vergeben</a></li><li><a href="Meldung.aspx?id=4695">Sprechtag Betriebsnachfolge im November</a></li><li><a href="Meldung.aspx?id=4688">Neue Bildungsstätte in Lindhorst eröffnet</a></li></ul></div>
<div id="ctl00_ContentPlaceHolder1_pnlNewsletter" class="randbox"><span class="randbox-titel">Kammer-Infodienst</span><br><span id="ctl00_ContentPlaceHolder1_lblNlText">Die Pressemitteilungen der Kammer wöchentlich kostenlos per E-Mail abonnieren.</span><br><input name="ctl00$ContentPlaceHolder1$txtNlMail" type="text" id="ctl00_ContentPlaceHolder1_txtNlMail" placeholder="E-Mail-Adresse"><input type="submit" name="ctl00$ContentPlaceHolder1$btnNl" value="Abonnieren" id="ctl00_ContentPlaceHolder1_btnNl"></div>
</td></tr></table></div>
<div id="ctl00_pnlFuss" class="fuss"><a href="Impressum.aspx">Impressum</a> | <a href="Datenschutz.aspx">Datenschutz</a> | <a href="Kontakt.aspx">Kontakt</a></div>
</form>)~",
     {{"signin", "Login für Mitgliedsbetriebe|Kennwort vergessen?"},
      {"comments", "Kommentare (2)|Wir suchen seit März und haben nicht eine Bewerbung bekommen"},
      {"related", "Weitere Pressemitteilungen|Meisterpreise 2024 vergeben"},
      {"newsletter", "wöchentlich kostenlos per E-Mail abonnieren|Kammer-Infodienst"},
      {nullptr, nullptr}}},
    // 7 Plone (portal-columns, documentFirstHeading, parent-fieldname-text, viewlets and portlets), DE.
    {"plone-de", "de", "Katrin Vogel",
     R"~(Wildbienen finden in Städten offenbar mehr Nahrung als auf vielen Äckern. Zu diesem Ergebnis kommt eine Studie der Arbeitsgruppe Ökologie, für die Studierende drei Sommer lang 64 Flächen in und um die Stadt untersucht haben.
Auf den städtischen Flächen zählte das Team im Mittel 31 Wildbienenarten, auf den Ackerrändern im Umland nur 19. Am artenreichsten waren ausgerechnet Friedhöfe und alte Bahngelände.
„Entscheidend ist nicht die Größe einer Fläche, sondern wie lange im Jahr dort etwas blüht“, sagt Projektleiterin Prof. Dr. Sabine Ehrlich. Viele Äcker böten nach der Rapsblüte im Mai wochenlang so gut wie nichts.
Überrascht hat die Forschenden, wie wichtig Totholz und offene Bodenstellen sind. Rund drei Viertel der heimischen Wildbienen nisten im Boden, und gepflasterte oder dicht bewachsene Flächen nützen ihnen nicht.
Die Stadt hat bereits reagiert. Auf acht Verkehrsinseln werden seit dem Frühjahr nur noch zweimal im Jahr gemäht, und das Grünflächenamt lässt dort Sandlinsen als Nistplätze anlegen.
Für die Landwirtschaft sehen die Forschenden durchaus Chancen. Blühstreifen, die bis in den Herbst hinein Nahrung bieten, könnten den Unterschied schon zu einem großen Teil ausgleichen.
Die Studie ist in der Fachzeitschrift Urban Ecosystems erschienen und frei zugänglich. Die Daten stehen anderen Arbeitsgruppen auf Anfrage zur Verfügung.
Im kommenden Jahr will das Team untersuchen, ob sich die Ergebnisse auf Kleinstädte übertragen lassen. Dafür sucht es Gartenbesitzerinnen und Gartenbesitzer, die Beobachtungen beisteuern.)~",
     R"~(<div id="visual-portal-wrapper"><div id="portal-top"><div id="portal-header"><a id="portal-logo" title="Universität" href="https://www.uni-lindau.example"><img src="https://www.uni-lindau.example/logo.png" alt="Universität Lindau"></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="https://www.uni-lindau.example/@@search"><label for="searchGadget" class="hiddenStructure">Suche</label><input name="SearchableText" type="text" id="searchGadget" title="Website durchsuchen" placeholder="Website durchsuchen"><input class="searchButton" type="submit" value="Suche"></form></div></div>
<nav><ul id="portal-globalnav"><li id="portaltab-index_html" class="plain"><a href="https://www.uni-lindau.example">Startseite</a></li><li id="portaltab-studium" class="plain"><a href="https://www.uni-lindau.example/studium">Studium</a></li><li id="portaltab-forschung" class="selected"><a href="https://www.uni-lindau.example/forschung">Forschung</a></li><li id="portaltab-presse" class="plain"><a href="https://www.uni-lindau.example/presse">Presse</a></li></ul></nav></div>
<div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">Sie sind hier:</span> <span id="breadcrumbs-home"><a href="https://www.uni-lindau.example">Startseite</a> / </span><span id="breadcrumbs-1"><a href="https://www.uni-lindau.example/presse">Presse</a> / </span><span id="breadcrumbs-current">Wildbienen in der Stadt</span></div>
<div id="portal-columns" class="row">
<div id="portal-column-content" class="cell width-3:4 position-0"><div id="viewlet-above-content"></div>
<article id="content"><h1 class="documentFirstHeading">Stadt schlägt Acker: Wildbienen finden zwischen Gräbern und Gleisen mehr Futter</h1>
<div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">von <a href="https://www.uni-lindau.example/author/kvogel">Katrin Vogel</a></span> — <span class="documentPublished">veröffentlicht 03.06.2024 10:15</span></div>
<div class="documentDescription description">Eine dreijährige Feldstudie vergleicht 64 Flächen in der Stadt und auf dem Land.</div>
<div id="content-core"><div id="parent-fieldname-text" class="plain">
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</div></div>
<div class="visualClear"></div>
<div id="viewlet-below-content"><div class="documentActions"><ul><li id="document-action-sendto"><a href="https://www.uni-lindau.example/presse/wildbienen/sendto_form">Seite per E-Mail versenden</a></li><li id="document-action-print"><a href="javascript:this.print();">Drucken</a></li></ul></div>
<div class="social-bookmarks">Auf Mastodon, Facebook oder LinkedIn teilen: <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.uni-lindau.example/presse/wildbienen">Facebook</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://www.uni-lindau.example/presse/wildbienen">LinkedIn</a></div>
<div class="autorenkasten"><p>Katrin Vogel arbeitet seit 2016 als Wissenschaftsredakteurin in der Stabsstelle Kommunikation. Sie hat Biologie in Freiburg studiert und vorher als freie Journalistin für den Hörfunk über Umweltthemen berichtet.</p></div></div>
</article></div>
<aside id="portal-column-two" class="cell width-1:4 position-3:4">
<dl class="portlet portletNews"><dt class="portletHeader"><a href="https://www.uni-lindau.example/presse/news">Weitere Nachrichten</a></dt>
<dd class="portletItem odd"><a href="https://www.uni-lindau.example/presse/mensa-preise">Mensapreise bleiben im Wintersemester stabil</a> <span class="portletItemDetails">29.05.2024</span></dd>
<dd class="portletItem even"><a href="https://www.uni-lindau.example/presse/ehrendoktor">Ehrendoktorwürde für Meeresbiologin Ana Pereira</a> <span class="portletItemDetails">27.05.2024</span></dd>
<dd class="portletFooter"><a href="https://www.uni-lindau.example/presse/news">Alle Nachrichten…</a></dd></dl>
<dl class="portlet portletStaticText"><dt class="portletHeader">Presse-Newsletter</dt><dd class="portletItem"><p>Neuigkeiten aus Forschung und Lehre einmal im Monat in Ihr Postfach.</p><form action="https://www.uni-lindau.example/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Ihre E-Mail"><input type="submit" value="Anmelden"></form></dd></dl>
</aside></div>
<footer id="portal-footer-wrapper"><div id="portal-footer"><p>© 2024 Universität Lindau · <a href="https://www.uni-lindau.example/impressum">Impressum</a> · <a href="https://www.uni-lindau.example/datenschutz">Datenschutz</a></p></div></footer></div>)~",
     {{"social", "Auf Mastodon, Facebook oder LinkedIn teilen:"},
      {"author-bio", "arbeitet seit 2016 als Wissenschaftsredakteurin|vorher als freie Journalistin für den Hörfunk"},
      {"related", "Mensapreise bleiben im Wintersemester stabil|Ehrendoktorwürde für Meeresbiologin"},
      {"newsletter", "Neuigkeiten aus Forschung und Lehre einmal im Monat|Presse-Newsletter"},
      {nullptr, nullptr}}},
    // 8 Qwik output (q:container, q:key/q:id attributes, <!--qv--> comments, on:click handlers), FR.
    {"qwik-fr", "fr", "Claire Ménard",
     R"~(Quand la dernière boulangerie de Saint-Aubin-sur-Loue a fermé ses portes en janvier, les 640 habitants ont cru devoir prendre la voiture chaque matin pour acheter leur baguette.
Six mois plus tard, le fournil a rouvert sous la forme d'une coopérative. Cent dix-huit habitants en sont devenus sociétaires, en achetant chacun au moins une part de cinquante euros.
Le boulanger, Mathis Roussel, vingt-six ans, est salarié de la coopérative. Il avait appris le métier à Besançon et cherchait depuis deux ans un fonds qu'il pourrait reprendre sans s'endetter pour trente ans.
Pour assurer un chiffre d'affaires régulier, la coopérative a imaginé un abonnement au pain. Pour vingt-deux euros par mois, les abonnés reçoivent une baguette par jour, à retirer au fournil ou dans une boîte à la mairie.
Près de deux cents foyers se sont abonnés dès la première semaine, y compris dans les villages voisins. « On ne pensait pas en avoir autant », reconnaît la présidente de la coopérative, Odile Faivre.
La mairie a prêté le local pour un euro symbolique pendant trois ans. En échange, la coopérative s'est engagée à ouvrir le dimanche matin et à livrer les personnes âgées qui ne peuvent plus se déplacer.
Tout n'est pas encore réglé. Le four, acheté d'occasion, a déjà dû être réparé deux fois, et Mathis Roussel travaille six jours sur sept en attendant l'embauche d'un apprenti.
La coopérative fera ses comptes en décembre. Si l'année est bénéficiaire, les sociétaires ont déjà voté pour consacrer l'excédent à un second four.)~",
     R"~(<div q:key="Rq_0" q:id="0"><!--qv q:id=1 q:key=Hdr_1--><header class="hdr" q:id="2"><a href="/" class="hdr-logo" q:id="3"><img src="/assets/logo-lejura.svg" alt="L'Écho du Jura" width="180"></a>
<nav class="hdr-nav" q:id="4"><a href="/doubs">Doubs</a> <a href="/jura">Jura</a> <a href="/haute-saone">Haute-Saône</a> <a href="/economie">Économie</a></nav>
<div class="hdr-account" q:id="5"><a href="/abonnement?origine=header" class="hdr-btn" on:click="q-chunk-d41c.js#s_abo[0]">Je m'abonne</a></div></header><!--/qv-->
<!--qv q:id=6 q:key=Art_2--><main q:id="7"><article class="art" q:id="8">
<div class="art-label" q:id="9">Article réservé aux abonnés</div>
<h1 class="art-title" q:id="a">À Saint-Aubin-sur-Loue, le pain revient grâce à une coopérative d'habitants</h1>
<p class="art-chapo" q:id="b">Les villageois ont racheté le fournil et inventé un abonnement à la baguette.</p>
<div class="art-meta" q:id="c"><span>Par Claire Ménard</span> · <time datetime="2024-07-08">Le 8 juillet 2024 à 06h00</time></div>
<div class="art-share" q:id="d"><button on:click="q-chunk-77ab.js#s_share[0]">Partager sur Facebook</button> <button on:click="q-chunk-77ab.js#s_share[1]">Partager sur X</button> <button on:click="q-chunk-77ab.js#s_copy">Copier le lien</button></div>
<div class="art-body" q:id="e">
<p>{0}</p><p>{1}</p><p>{2}</p>
<!--qv q:id=f q:key=Nl_3--><div class="nl-box" q:id="g"><p class="nl-box-title">L'essentiel de votre département, chaque matin à 7 heures</p><p>Inscrivez-vous gratuitement à notre newsletter locale.</p><form action="/newsletters/inscription" method="post" preventdefault:submit on:submit="q-chunk-90ee.js#s_nl"><input type="email" name="courriel" placeholder="Votre adresse e-mail" required><button type="submit">Je m'inscris</button></form></div><!--/qv-->
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</div>
<!--qv q:id=h q:key=Pw_4--><div class="pw" q:id="i"><p class="pw-count">Il vous reste 2 articles gratuits ce mois-ci.</p><p class="pw-title">Profitez de l'offre découverte : 1 € le premier mois, sans engagement.</p><a href="/abonnement?origine=article" class="pw-btn">Je profite de l'offre</a></div><!--/qv-->
<div class="art-login" q:id="k"><span>Déjà abonné ?</span> <a href="/connexion" on:click="q-chunk-12fa.js#s_login">Connectez-vous pour lire sans limite</a></div>
</article></main><!--/qv-->
<footer class="ftr" q:id="j"><a href="/mentions-legales">Mentions légales</a> · <a href="/cgv">CGV</a> · <a href="/contact">Nous contacter</a></footer></div>)~",
     {{"paywall", "Article réservé aux abonnés"},
      {"social", "Copier le lien|Partager sur X"},
      {"newsletter", "Inscrivez-vous gratuitement à notre newsletter locale.|chaque matin à 7 heures"},
      {"paywall", "Il vous reste 2 articles gratuits ce mois-ci.|1 € le premier mois, sans engagement"},
      {"signin", "Déjà abonné ?"},
      {nullptr, nullptr}}},
    // 9 Prismic slices (section data-slice-type / data-slice-variation, rich-text spans), FR.
    {"prismic-fr", "fr", "Hugo Barthélemy",
     R"~(Pour sa quinzième édition, le festival Écrans de Saône a choisi de ne projeter que des films tournés en pellicule. Un pari risqué, qui a pourtant attiré 31 000 spectateurs en dix jours, un record.
L'idée est venue d'un projectionniste à la retraite, Gérard Nguyen, qui conservait dans son garage deux projecteurs 35 mm en état de marche. Le festival les a fait réviser à Lyon et installés dans deux salles du quartier de la Croix-Rousse.
La programmation mêlait classiques restaurés et films récents, car une poignée de cinéastes continue de tourner en argentique. Trois d'entre eux étaient présents pour des rencontres qui ont affiché complet.
Le public était plus jeune qu'on ne l'imaginait. Selon les organisateurs, près de la moitié des spectateurs avaient moins de trente ans, et beaucoup découvraient le bruit du projecteur pour la première fois.
Le festival a aussi montré les limites de l'exercice. Une copie de 1974 s'est rompue à deux reprises pendant la même séance, et il a fallu l'interrompre vingt minutes pour la réparer sous les yeux des spectateurs.
Économiquement, la pellicule coûte cher. Le transport des copies, assurées parfois pour plusieurs milliers d'euros, a représenté à lui seul près d'un quart du budget.
La directrice, Samia Bellamy, veut pourtant recommencer. Elle réfléchit à une formule d'adhésion qui permettrait aux habitués de soutenir le festival toute l'année et d'assister à des projections mensuelles.
La prochaine édition aura lieu en octobre 2025. Le thème n'est pas encore connu, mais les deux projecteurs resteront en place à la Croix-Rousse.)~",
     R"~(<div class="layout"><header class="site-head"><a href="/" class="site-head__logo">Revue Plan Séquence</a><nav class="site-head__nav"><a href="/cinema">Cinéma</a> <a href="/series">Séries</a> <a href="/festivals">Festivals</a> <a href="/entretiens">Entretiens</a></nav></header>
<main>
<section data-slice-type="article_header" data-slice-variation="default" class="slice slice--header"><p class="eyebrow">Festivals</p><h1>Écrans de Saône : dix jours, deux projecteurs et une bobine qui casse</h1><p class="byline">Par <a href="/auteurs/hugo-barthelemy">Hugo Barthélemy</a> · 21 octobre 2024</p></section>
<section data-slice-type="rich_text" data-slice-variation="default" class="slice slice--text"><div class="prose"><p>{0}</p><p>{1}</p><p>{2}</p></div></section>
<section data-slice-type="call_to_action" data-slice-variation="audio" class="slice slice--cta"><div class="cta"><img src="https://images.prismic.io/plansequence/podcast-cover.jpg?auto=format" alt="" width="96"><div class="cta__text"><p class="cta__title">Écoutez « Hors Champ », notre podcast</p><p>Chaque mardi, deux critiques de la rédaction débattent d'un film en salles. Disponible sur toutes les plateformes d'écoute.</p></div><a class="cta__button" href="/podcast">Écouter le dernier épisode</a></div></section>
<section data-slice-type="rich_text" data-slice-variation="default" class="slice slice--text"><div class="prose"><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div></section>
<section data-slice-type="call_to_action" data-slice-variation="support" class="slice slice--cta slice--dark"><div class="cta"><div class="cta__text"><p class="cta__title">Plan Séquence est une revue indépendante, sans publicité.</p><p>Elle vit uniquement grâce à ses lectrices et à ses lecteurs. Si vous aimez ce que nous faisons, un don, même modeste, nous aide à continuer.</p></div><a class="cta__button" href="https://www.helloasso.example/associations/plan-sequence/formulaires/1">Nous soutenir</a></div></section>
<section data-slice-type="author_card" data-slice-variation="default" class="slice slice--author"><p>Hugo Barthélemy est critique de cinéma et programmateur. Il collabore à Plan Séquence depuis 2019 et anime un ciné-club à Villeurbanne.</p></section>
<section data-slice-type="related_articles" data-slice-variation="grid" class="slice slice--related"><h2>À lire aussi</h2><ul><li><a href="/festivals/annecy-2024">Annecy 2024 : l'animation indépendante tient bon</a></li><li><a href="/entretiens/chef-operatrice">« Le numérique a tout changé, sauf la lumière » : entretien avec une cheffe opératrice</a></li><li><a href="/cinema/salles-de-village">Les salles de village, dernières résistantes</a></li></ul></section>
<section data-slice-type="newsletter_banner" data-slice-variation="link" class="slice slice--banner"><p>Chaque vendredi, nos critiques de la semaine dans votre boîte mail. <a href="/lettre">Recevoir la lettre de Plan Séquence</a></p></section>
</main>
<footer class="site-foot"><p>© Revue Plan Séquence, association loi 1901 · <a href="/mentions-legales">Mentions légales</a></p></footer></div>)~",
     {{"promo", "notre podcast|Écouter le dernier épisode"},
      {"subscription", "est une revue indépendante, sans publicité|un don, même modeste, nous aide à continuer"},
      {"author-bio", "est critique de cinéma et programmateur|anime un ciné-club à Villeurbanne"},
      {"related", "À lire aussi|Les salles de village, dernières résistantes"},
      {"newsletter", "nos critiques de la semaine dans votre boîte mail|Recevoir la lettre de Plan Séquence"},
      {nullptr, nullptr}}},
    // 10 LiveJournal journal entry (b-singlepost, ljuser spans, threaded b-tree comments), FR.
    {"livejournal-fr", "fr", "Sandrine Aubert",
     R"~(Nous sommes partis de Calenzana un mardi matin, à six heures, avec des sacs beaucoup trop lourds et la conviction que nous étions prêts. Nous ne l'étions pas tout à fait.
La première étape du GR20 monte de mille trois cents mètres en à peine douze kilomètres. À midi, Paul avait déjà bu ses deux litres d'eau, et moi je comptais les pas entre chaque pause.
Le refuge d'Ortu di u Piobbu était plein, alors nous avons dormi sous la tente, à côté d'un groupe de Néerlandais qui jouaient aux cartes à la frontale jusqu'à minuit.
Le deuxième jour, nous avons renvoyé par la navette la moitié de nos affaires : le réchaud de secours, trois livres, un pantalon de trop. Cinq kilos de moins, et le monde est devenu plus beau.
Les passages dans le cirque de la Solitude m'ont terrifiée, je l'avoue. Les chaînes sont solides, les prises sont bonnes, mais le vide sous les pieds ne se négocie pas.
Ce qui m'a le plus surprise, c'est la gentillesse des gardiens de refuge. L'un d'eux nous a gardé deux assiettes de pulenda alors que nous arrivions bien après l'heure du dîner.
Au bout de neuf jours, un genou de Paul a dit stop à Vizzavona. Nous avons pris le petit train pour Ajaccio, un peu déçus, mais surtout heureux d'avoir fait la partie nord en entier.
Nous reviendrons l'an prochain pour le sud. Cette fois, promis, avec des sacs de neuf kilos et des bâtons pour les genoux.)~",
     R"~(<div class="s-schemepage s-schemepage--entry"><div class="s-header"><div class="s-header-logo"><a href="https://www.livejournal.com/">LiveJournal</a></div><ul class="s-header-nav"><li><a href="https://www.livejournal.com/feed/">Fil d'actualité</a></li><li><a href="https://www.livejournal.com/shop/">Boutique</a></li></ul><div class="s-header-login"><a href="https://www.livejournal.com/login.bml">Connexion</a> <a href="https://www.livejournal.com/create">Créer un blog</a></div></div>
<div class="b-singlepost-wrapper"><div class="b-singlepost">
<div class="b-singlepost-author"><span class="ljuser i-ljuser" lj:user="sandrine_a" data-ljuser="sandrine_a"><a href="https://sandrine-a.livejournal.com/profile" class="i-ljuser-profile"><img class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/userinfo_v8.svg" alt=""></a><a href="https://sandrine-a.livejournal.com/" class="i-ljuser-username"><b>Sandrine Aubert</b></a></span> <time class="b-singlepost-author-date">14 août 2023, 21:47</time></div>
<h1 class="b-singlepost-title">GR20, partie nord : neuf jours, deux genoux, un seul réchaud</h1>
<div class="b-singlepost-body entry-content e-content" lang="fr">
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="lj-like-ad b-adv"><div class="b-adv-label">Publicité</div><div class="b-adv-slot" id="ljad-1"><a href="https://pub.example/click?c=8812"><img src="https://pub.example/banner-rando-728x90.jpg" alt="Chaussures de randonnée : jusqu'à -40 % cette semaine"></a></div></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</div>
<div class="b-singlepost-tags">Tags: <a href="https://sandrine-a.livejournal.com/tag/corse">corse</a>, <a href="https://sandrine-a.livejournal.com/tag/randonnée">randonnée</a></div>
<div class="b-xylem"><div class="b-xylem-cell">14 commentaires</div><div class="b-xylem-cell"><a href="https://sandrine-a.livejournal.com/48213.html?mode=reply">Répondre</a></div></div>
</div></div>
<div class="b-tree b-tree-root"><div class="b-tree-twig b-tree-twig-1"><div class="b-leaf"><div class="b-leaf-header"><span class="ljuser i-ljuser"><b>marc_le_grimpeur</b></span> <span class="b-leaf-createdtime">15 août 2023, 08:12</span></div><div class="b-leaf-article">Le cirque de la Solitude, j'en rêve encore la nuit. Bravo à vous deux !</div></div></div>
<div class="b-tree-twig b-tree-twig-2"><div class="b-leaf"><div class="b-leaf-header"><span class="ljuser i-ljuser"><b>sandrine_a</b></span> <span class="b-leaf-createdtime">15 août 2023, 09:30</span></div><div class="b-leaf-article">Merci Marc ! Tu nous avais prévenus pour les sacs, on aurait dû t'écouter.</div></div></div>
<div class="b-tree-twig b-tree-twig-1"><div class="b-leaf b-leaf-collapsed"><div class="b-leaf-header"><span class="ljuser i-ljuser"><b>anne_so_74</b></span></div><div class="b-leaf-article">La pulenda au refuge, meilleur souvenir de notre traversée aussi.</div></div></div></div>
<div class="b-replyform-login">Connectez-vous à LiveJournal pour laisser un commentaire. <a href="https://www.livejournal.com/login.bml?returnto=48213">Se connecter</a> ou <a href="https://www.livejournal.com/create">créer un compte</a></div>
<div class="b-appbanner"><p>Lisez vos blogs préférés partout avec l'application LiveJournal pour iOS et Android.</p><a href="https://apps.apple.com/app/livejournal/id383091547">Télécharger l'application</a></div>
</div>)~",
     {{"ad", "Publicité"},
      {"comments", "14 commentaires|j'en rêve encore la nuit|Tu nous avais prévenus pour les sacs"},
      {"signin", "pour laisser un commentaire|Se connecter"},
      {"promo", "l'application LiveJournal pour iOS et Android|Télécharger l'application"},
      {nullptr, nullptr}}},
    // 11 Arc XP-like newspaper (short atomic-ish a_/_g classes, data-dtm-region, b-/c- prefixed modules), ES.
    {"arcxp-es", "es", "Lucía Echeverría",
     R"~(El Ayuntamiento de Valdeolmos aprobó el jueves, con los votos de todos los grupos, la compra del antiguo cine Avenida, cerrado desde 2009, para convertirlo en un centro cultural con sala de proyecciones y biblioteca.
La operación costará 1,8 millones de euros, de los que la Diputación aportará algo más de la mitad. El resto saldrá de un remanente de tesorería que el municipio acumulaba desde hace tres ejercicios.
El edificio, de 1952, conserva la fachada original y parte de las butacas de madera del anfiteatro. Los técnicos municipales calculan que la rehabilitación completa llevará al menos dos años.
La alcaldesa, Rocío Palacios, explicó que el proyecto nació de una recogida de firmas vecinal que reunió más de 4.000 apoyos en un pueblo de apenas 11.000 habitantes.
Los impulsores de aquella campaña, agrupados en la asociación Amigos del Avenida, llevan una década organizando proyecciones de verano en la plaza. Cuentan con 380 socios que pagan una cuota de 15 euros al año.
La asociación pide que la futura sala reserve una programación estable de cine en versión original, algo que hoy obliga a los vecinos a desplazarse hasta Madrid.
La oposición apoyó la compra, pero advirtió de que el mantenimiento del edificio supondrá un gasto anual que el equipo de gobierno todavía no ha presupuestado.
Si los plazos se cumplen, el cine volverá a abrir sus puertas en la primavera de 2027, justo cuando se cumplen 75 años de su inauguración.)~",
     R"~(<div id="fusion-app" class="fusion-app"><header class="b-header"><div class="c-stack b-header__top"><a class="b-header__logo" href="/"><img src="/pf/resources/images/el-comarcal-logo.svg?d=412" alt="El Comarcal"></a>
<nav class="b-header__nav"><a href="/madrid/">Madrid</a> <a href="/espana/">España</a> <a href="/cultura/">Cultura</a> <a href="/opinion/">Opinión</a></nav>
<div class="b-header__actions"><a class="c-button c-button--small" href="/suscripciones/?prm=cabecera">Suscríbete</a> <a class="c-link" href="/acceso/?backURL=articulo">Iniciar sesión</a></div></div></header>
<main class="b-main"><article class="a _g _g-lg _g-o" data-dtm-region="articulo">
<header class="a_e"><div class="a_k"><a href="/cultura/">Cultura</a></div><h1 class="a_t">Valdeolmos compra el viejo cine Avenida para salvarlo de la piqueta</h1><h2 class="a_st">El pleno aprueba por unanimidad una inversión de 1,8 millones tras una campaña vecinal de diez años</h2>
<div class="a_md"><div class="a_md_a"><a href="/autor/lucia-echeverria/" rel="author">Lucía Echeverría</a></div><div class="a_md_f"><time datetime="2024-02-15T20:10:00+01:00">15 feb 2024 - 20:10 CET</time></div>
<div class="a_md_sh"><a href="https://wa.me/?text=cine-avenida" class="_btn">Compartir en WhatsApp</a> <a href="https://www.facebook.com/sharer.php?u=cine-avenida" class="_btn">Compartir en Facebook</a> <span class="a_md_sh_c">Comentarios: 37</span></div></div></header>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
<p class="">{0}</p><p class="">{1}</p><p class="">{2}</p>
<div class="b-pw-meter"><span>Te quedan 3 artículos gratuitos este mes.</span> <a href="/suscripciones/?prm=contador">Suscríbete y lee sin límites</a></div>
<p class="">{3}</p><p class="">{4}</p>
<div class="_g _g-md ad ad-nstd-1" data-ad-position="robapaginas_1"><div class="ad_label">Publicidad</div><div id="ad-robapaginas-1" style="min-height:250px"></div></div>
<p class="">{5}</p><p class="">{6}</p><p class="">{7}</p>
</div>
<div class="b-adblock-notice" role="status"><p><strong>Parece que tienes activado un bloqueador de anuncios.</strong> La publicidad nos ayuda a financiar el periodismo local. Desactívalo en este sitio o hazte suscriptor para leer sin anuncios.</p></div>
<div class="b-subs-footer"><p class="b-subs-footer__t">Periodismo cercano, cada día</p><p>Primer mes por 1 euro. Después, 8 euros al mes. Cancela cuando quieras.</p><a class="c-button" href="/suscripciones/?prm=pie_articulo">Quiero suscribirme</a></div>
<div class="b-comments-gate"><p>Para participar en la conversación tienes que estar registrado.</p><a href="/acceso/?backURL=comentarios">Accede o regístrate</a></div>
</article>
<aside class="b-most-read"><h3 class="c-heading">Lo más visto</h3><ol><li><a href="/madrid/cercanias-obras/">Cortes en la línea C-2 de Cercanías hasta el 3 de marzo</a></li><li><a href="/cultura/feria-libro-fechas/">La feria del libro ya tiene fechas</a></li><li><a href="/espana/precio-aceite/">El precio del aceite vuelve a bajar en los supermercados</a></li></ol></aside></main>
<footer class="b-footer"><a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Política de privacidad</a> · <a href="/cookies/">Política de cookies</a></footer></div>)~",
     {{"paywall", "Te quedan 3 artículos gratuitos este mes.|Suscríbete y lee sin límites"},
      {"ad", "Parece que tienes activado un bloqueador de anuncios.|Desactívalo en este sitio"},
      {"subscription", "Periodismo cercano, cada día|Primer mes por 1 euro."},
      {"signin", "Para participar en la conversación tienes que estar registrado.|Accede o regístrate"},
      {"related", "Lo más visto|La feria del libro ya tiene fechas"},
      {"social", "Compartir en WhatsApp|Comentarios: 37"},
      {nullptr, nullptr}}},
    // 12 Ember app output (id="emberNNN" class="ember-view", <!----> placeholders), ES.
    {"ember-es", "es", "Andrés Quintana",
     R"~(La población de lince ibérico ha superado por primera vez los 2.000 ejemplares, según el censo que el Ministerio para la Transición Ecológica presentó el martes. Hace veinte años quedaban menos de cien.
El dato incluye los animales de España y Portugal. Andalucía sigue concentrando la mayor parte, pero Castilla-La Mancha ya alberga más de 700 linces, casi todos nacidos en libertad.
La clave del éxito ha sido la combinación de cría en cautividad y reintroducción en zonas donde abunda el conejo, su presa principal. Desde 2011 se han liberado más de 400 ejemplares.
Los técnicos advierten, sin embargo, de que el crecimiento trae nuevos problemas. El año pasado murieron atropellados 143 linces, la cifra más alta desde que hay registros.
Para reducir esas muertes, varias comunidades han instalado pasos de fauna bajo las carreteras y señales luminosas que se activan cuando un animal se acerca al arcén.
Otro riesgo es la endogamia. Los núcleos de población están todavía muy aislados entre sí, y los biólogos trasladan ejemplares de un territorio a otro para mezclar su genética.
Los ganaderos de algunas zonas se quejan de ataques a gallineros. La Junta de Andalucía ha habilitado una aplicación móvil para comunicar los daños y tramitar las indemnizaciones en menos de un mes.
El objetivo del programa europeo es que el lince deje de estar catalogado como especie vulnerable antes de 2040, algo que hace una década parecía imposible.)~",
     R"~(<div id="ember3" class="ember-application"><div id="ember5" class="ember-view app-shell">
<div id="ember9" class="ember-view cookie-layer" role="dialog" aria-label="Privacidad"><div class="cookie-layer__box"><p class="cookie-layer__title">Tu privacidad es importante para nosotros</p><p>Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada. Puedes aceptarlas todas, rechazarlas o configurar cuáles permites.</p><button id="ember11" class="ember-view btn btn--primary" type="button">Aceptar todas</button> <button id="ember12" class="ember-view btn" type="button">Rechazar</button> <button id="ember13" class="ember-view btn btn--link" type="button">Configurar</button></div></div><!---->
<header id="ember15" class="ember-view site-header"><a href="/" id="ember16" class="ember-view site-header__brand">Ciencia Abierta</a><nav class="site-header__menu"><a href="/naturaleza" id="ember17" class="ember-view active">Naturaleza</a> <a href="/espacio" id="ember18" class="ember-view">Espacio</a> <a href="/salud" id="ember19" class="ember-view">Salud</a></nav></header>
<div id="ember21" class="ember-view push-ask"><p>¿Quieres que te avisemos cuando publiquemos noticias de ciencia?</p><button id="ember22" class="ember-view" type="button">Sí, avisadme</button> <button id="ember23" class="ember-view" type="button">Ahora no</button></div>
<main id="ember25" class="ember-view story"><h1 class="story__title">El lince ibérico supera los 2.000 ejemplares veinte años después de rozar la extinción</h1>
<div class="story__byline">Andrés Quintana · <time datetime="2024-05-21">21 de mayo de 2024</time></div><!---->
<div id="ember27" class="ember-view story__body">
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div id="ember29" class="ember-view box-inline"><h4>El boletín de los viernes</h4><p>Una selección de lo mejor de la semana en ciencia, explicado sin prisas.</p><form id="ember30" class="ember-view"><input id="ember31" class="ember-text-field ember-view" type="email" placeholder="tucorreo@ejemplo.com"><button type="submit">Apuntarme</button></form></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</div><!---->
<div id="ember33" class="ember-view app-strip"><p>Lleva Ciencia Abierta en el bolsillo. Descarga nuestra app gratuita para iPhone y Android.</p><a href="https://play.google.com/store/apps/details?id=es.cienciaabierta">Google Play</a> <a href="https://apps.apple.com/es/app/ciencia-abierta/id1602213">App Store</a></div>
<section id="ember35" class="ember-view story__more"><h3>Sigue leyendo</h3><ul><li><a href="/naturaleza/oso-pardo-cantabrico">El oso pardo cantábrico recupera territorio en Galicia</a></li><li><a href="/naturaleza/quebrantahuesos-picos">Nace el primer quebrantahuesos en libertad en Picos de Europa</a></li></ul></section>
</main></div></div>)~",
     {{"consent", "Tu privacidad es importante para nosotros|Utilizamos cookies propias y de terceros"},
      {"promo", "cuando publiquemos noticias de ciencia|Ahora no"},
      {"newsletter", "El boletín de los viernes|Apuntarme"},
      {"promo", "Descarga nuestra app gratuita para iPhone y Android"},
      {"related", "Sigue leyendo|El oso pardo cantábrico recupera territorio en Galicia"},
      {nullptr, nullptr}}},
    // 13 no wrapper at all: bare <p>s straight in <body>, prompts as bare <p>s and a lone <form> between them, ES.
    {"bare-es", "es", "Marta Villalobos",
     R"~(Cuando el último propietario de La Voz del Bierzo anunció el cierre en 2019, nadie en la redacción pensó que cinco años después el periódico seguiría existiendo, y menos aún que daría beneficios.
Hoy la cabecera pertenece a una cooperativa formada por sus once trabajadores y por 2.600 lectores que se hicieron socios con una aportación mínima de 60 euros al año.
El modelo no es nuevo en Europa, pero sí raro en la prensa local española. Los socios no deciden qué se publica, insiste la directora, Ana Belén Cuesta, pero sí votan las cuentas y eligen a dos miembros del consejo rector.
Durante el primer año, la cooperativa perdió dinero. Los ingresos por publicidad cayeron a la mitad cuando varios anunciantes institucionales dejaron de contratar espacios, según la redacción por las informaciones sobre contratos municipales.
El punto de inflexión llegó con una serie de reportajes sobre el abandono de las minas de carbón. Aquel mes se apuntaron 700 socios nuevos, muchos de ellos hijos y nietos de mineros que viven fuera de la comarca.
Los números de 2023 cerraron con un superávit de 38.000 euros, que la asamblea decidió dedicar a contratar a un fotógrafo a media jornada.
Cuesta reconoce que la dependencia de los socios también tiene riesgos. Si una parte de ellos se da de baja por desacuerdo con una información, el periódico lo nota en cuestión de semanas.
Aun así, cree que la fórmula puede servir a otras cabeceras pequeñas. Tres periódicos comarcales de Castilla y León y Asturias ya les han pedido ver sus estatutos.)~",
     R"~(<a href="/">Revista Papel Prensa</a> | <a href="/medios/">Medios</a> | <a href="/entrevistas/">Entrevistas</a> | <a href="/hemeroteca/">Hemeroteca</a>
<h1>El periódico que salvaron sus lectores</h1>
<p>Por <a href="/firmas/marta-villalobos/">Marta Villalobos</a> — 9 de abril de 2024</p>
<p>{0}</p>
<p>{1}</p>
<p>{2}</p>
<p><b>¿Te está gustando este artículo?</b> Cada lunes enviamos por correo una selección de reportajes sobre el oficio periodístico.</p>
<form action="/boletin/alta/" method="post"><input type="email" name="correo" placeholder="Tu correo electrónico"> <input type="submit" value="Quiero recibirlo"></form>
<p>{3}</p>
<p>{4}</p>
<p>Lee también: <a href="/medios/cierre-diarios-provinciales/">Quince diarios provinciales han cerrado desde 2008</a></p>
<p>{5}</p>
<p>{6}</p>
<p>Papel Prensa no tiene publicidad y se sostiene gracias a sus lectores. <a href="/apoyanos/">Hazte mecenas desde 3 euros al mes</a> y ayúdanos a seguir contando cómo se hace el periodismo.</p>
<p>{7}</p>
<p>Marta Villalobos es periodista especializada en medios de comunicación. Ha trabajado en la Cadena SER y en eldiario.es, y desde 2020 coordina la sección de medios de esta revista.</p>
<p><a href="https://twitter.com/intent/tweet?url=/medios/voz-del-bierzo/">Compártelo en X</a> · <a href="https://www.facebook.com/sharer.php?u=/medios/voz-del-bierzo/">Compártelo en Facebook</a></p>
<p><small>Papel Prensa · C/ Hortaleza 12, Madrid · <a href="/aviso-legal/">Aviso legal</a></small></p>)~",
     {{"newsletter", "¿Te está gustando este artículo?|una selección de reportajes sobre el oficio periodístico"},
      {"related", "Quince diarios provinciales han cerrado desde 2008"},
      {"subscription", "Hazte mecenas desde 3 euros al mes|se sostiene gracias a sus lectores"},
      {"author-bio", "es periodista especializada en medios de comunicación|coordina la sección de medios de esta revista"},
      {"social", "Compártelo en X|Compártelo en Facebook"},
      {nullptr, nullptr}}},
    // 14 Storyblok-rendered magazine (data-blok-uid bloks, component-named wrappers), IT.
    {"storyblok-it", "it", "Giulia Santoro",
     R"~(Quest'anno la raccolta delle olive in Puglia è cominciata con due settimane di anticipo. Il caldo di settembre ha fatto maturare i frutti in fretta, e molti frantoi hanno aperto già il primo ottobre.
Le stime della Coldiretti parlano di una produzione in crescita del 30 per cento rispetto al 2023, che era stato uno degli anni peggiori dell'ultimo decennio. Ma il confronto, avvertono i produttori, inganna.
Nel Salento la Xylella ha ucciso milioni di ulivi secolari, e intere campagne tra Lecce e Gallipoli sono ancora distese di tronchi grigi. Lì la raccolta, semplicemente, non c'è.
A Ostuni, invece, Vito Carrieri raccoglie a mano come faceva suo nonno, con le reti stese sotto gli alberi e i pettini di plastica. Quest'anno ha assunto quattro ragazzi del paese per tre settimane.
Il prezzo pagato ai produttori resta alto, intorno ai nove euro al litro per l'extravergine, e questo ha convinto alcuni a reimpiantare varietà resistenti come la Leccino e la Favolosa.
I frantoi si sono attrezzati per lavorare anche di notte. Nel frantoio cooperativo di Carovigno le macchine girano ventiquattro ore su ventiquattro, e i soci prenotano il turno con un messaggio sul telefono.
Resta il problema della manodopera. Trovare chi sia disposto a lavorare nei campi per poche settimane all'anno diventa ogni stagione più difficile, e diversi frantoi hanno cominciato a offrire alloggio.
La raccolta dovrebbe concludersi entro metà dicembre. I primi oli nuovi sono già arrivati nelle botteghe di Bari, con etichette che indicano il giorno esatto della molitura.)~",
     R"~(<div class="page" data-blok-uid="1981234-page"><header class="site-header"><a href="/" class="site-header__logo">Terra e Tavola</a><nav><a href="/ricette">Ricette</a> <a href="/produttori">Produttori</a> <a href="/viaggi">Viaggi</a> <a href="/rivista">La rivista</a></nav></header>
<main><article class="article" data-blok-uid="1981234-article">
<div class="article-hero" data-blok-uid="3a9e-hero"><p class="article-hero__category">Produttori</p><h1>Olive in anticipo: la Puglia raccoglie tra record e campi morti</h1><p class="article-hero__author">Testo di Giulia Santoro · Foto di Pietro Lanza</p></div>
<div class="share-bar" data-blok-uid="3a9e-share"><span>Condividi</span> <a href="https://www.facebook.com/sharer/sharer.php?u=olive-puglia">Facebook</a> <a href="https://pinterest.com/pin/create/button/?url=olive-puglia">Pinterest</a> <a href="https://wa.me/?text=olive-puglia">WhatsApp</a></div>
<div class="rich-text" data-blok-uid="3a9e-text-1"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p></div>
<div class="magazine-teaser" data-blok-uid="3a9e-mag"><img src="https://a.storyblok.com/f/118801/600x800/copertina-novembre.jpg" alt="La copertina del numero di novembre" width="120"><div><p class="magazine-teaser__title">Terra e Tavola arriva anche a casa tua</p><p>Sei numeri all'anno della rivista di carta a 29 euro, spedizione inclusa.</p><a href="/abbonamenti/rivista">Abbonati alla rivista</a></div></div>
<div class="rich-text" data-blok-uid="3a9e-text-2"><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="gift-card" data-blok-uid="3a9e-gift"><p>Cerchi un regalo per chi ama cucinare? Regala un abbonamento annuale e aggiungi un biglietto con la tua dedica.</p><a href="/abbonamenti/regalo">Scopri l'idea regalo</a></div>
</article>
<div class="newsletter-signup" data-blok-uid="3a9e-nl"><h3>Ogni domenica, una ricetta di stagione</h3><p>Lasciaci la tua email: niente spam, solo cucina.</p><form action="https://terraetavola.us21.list-manage.example/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="La tua email"><button type="submit">Iscrivimi</button></form></div>
<div class="related-stories" data-blok-uid="3a9e-related"><h3>Potrebbe interessarti</h3><a href="/produttori/mandorle-avola">Le mandorle di Avola e la sfida della siccità</a> <a href="/ricette/orecchiette-cime-di-rapa">Orecchiette alle cime di rapa, la versione della nonna</a></div>
</main>
<footer class="site-footer"><p>Terra e Tavola Srl · P.IVA 01234567890 · <a href="/privacy">Privacy</a></p></footer></div>)~",
     {{"social", "Condividi"},
      {"subscription", "arriva anche a casa tua|Sei numeri all'anno della rivista di carta a 29 euro"},
      {"subscription", "Regala un abbonamento annuale|Scopri l'idea regalo"},
      {"newsletter", "Ogni domenica, una ricetta di stagione|niente spam, solo cucina"},
      {"related", "Potrebbe interessarti|Le mandorle di Avola e la sfida della siccità"},
      {nullptr, nullptr}}},
    // 15 Adobe AEM core components (aem-Grid / aem-GridColumn nesting, cmp-* components, data-cmp-data-layer), IT.
    {"aem-grid-it", "it", "Francesco Bellini",
     R"~(Da lunedì il treno regionale tra Cuneo e Ventimiglia tornerà a fare tutte le corse previste dall'orario, dopo otto mesi in cui metà dei convogli era stata sostituita da autobus.
La linea, che attraversa la val Roia passando per il territorio francese, era rimasta a lungo danneggiata dopo l'alluvione del 2020. I lavori sulle gallerie di Breil si sono conclusi solo a fine marzo.
Il ritorno al servizio completo è stato possibile grazie a un accordo tra la Regione Piemonte e la regione francese, che si divideranno i costi di manutenzione per i prossimi cinque anni.
I pendolari, però, restano scettici. «Ci hanno promesso tante volte che sarebbe tornato tutto normale», dice Elisa Garelli, che ogni giorno va da Limone a Cuneo per lavoro, «aspettiamo di vederlo per un mese di fila».
Il comitato dei viaggiatori chiede anche treni più lunghi nei fine settimana, quando i turisti diretti al mare affollano le carrozze e i residenti restano spesso a terra.
Trenitalia ha annunciato che da giugno i biglietti della tratta si potranno comprare anche dall'app, finora esclusa per via della gestione condivisa con la società ferroviaria francese.
Restano da sistemare le stazioni più piccole. A Vievola e San Dalmazzo di Tenda mancano ancora le pensiline, e le biglietterie automatiche sono fuori servizio da oltre un anno.
La Regione ha stanziato due milioni di euro per questi interventi, che dovrebbero partire in autunno.)~",
     R"~(<div class="root responsivegrid"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header"><div class="xf-content-height"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="image aem-GridColumn--default--none aem-GridColumn aem-GridColumn--default--3 aem-GridColumn--offset--default--0"><div class="cmp-image"><a class="cmp-image__link" href="/it/home.html"><img class="cmp-image__image" src="/content/dam/ilcorriere-alpi/logo.svg" alt="Il Corriere delle Alpi"></a></div></div>
<div class="navigation aem-GridColumn aem-GridColumn--default--9"><nav class="cmp-navigation"><ul class="cmp-navigation__group"><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/it/cronaca.html">Cronaca</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/it/economia.html">Economia</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/it/sport.html">Sport</a></li></ul></nav></div>
</div></div></div></div>
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--8"><div class="cmp-container"><div class="aem-Grid aem-Grid--8 aem-Grid--default--8">
<div class="title aem-GridColumn aem-GridColumn--default--8"><div class="cmp-title" data-cmp-data-layer="title-8d2f"><h1 class="cmp-title__text">Cuneo-Ventimiglia, tornano tutti i treni dopo otto mesi di bus sostitutivi</h1></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text cmp-text--kicker"><p>Riservato agli abbonati Premium</p></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text cmp-text--byline"><p>di Francesco Bellini · 12 maggio 2024</p></div></div>
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--8"><div class="cmp-container"><div class="aem-Grid aem-Grid--8 aem-Grid--default--8">
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text" data-cmp-data-layer="text-1a"><p>{0}</p><p>{1}</p><p>{2}</p></div></div>
<div class="teaser aem-GridColumn aem-GridColumn--default--8"><div class="cmp-teaser cmp-teaser--audio"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Ascolta</p><h3 class="cmp-teaser__title">Buongiorno Alpi, il podcast del mattino</h3><div class="cmp-teaser__description"><p>Le notizie della provincia in dieci minuti, ogni giorno alle sei.</p></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/it/podcast.html">Ascolta la puntata di oggi</a></div></div></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text" data-cmp-data-layer="text-1b"><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div></div>
</div></div></div>
<div class="teaser aem-GridColumn aem-GridColumn--default--8"><div class="cmp-teaser cmp-teaser--offer"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title">Leggi senza limiti per 30 giorni, gratis</h3><div class="cmp-teaser__description"><p>Poi 6,99 euro al mese per tutti gli articoli, l'edizione digitale e gli archivi. Disdici quando vuoi.</p></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/it/abbonamenti.html?cid=art-footer">Inizia la prova</a></div></div></div></div>
</div></div></div>
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--4"><div class="cmp-container"><div class="aem-Grid aem-Grid--4 aem-Grid--default--4">
<div class="embed aem-GridColumn aem-GridColumn--default--4"><div class="cmp-embed"><p class="cmp-embed__label">Pubblicità</p><div id="gpt-ad-rail-1" style="width:300px;height:600px"></div></div></div>
</div></div></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--consent"><div class="cmp-container" role="dialog" aria-label="Preferenze privacy"><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. Chiudendo questo banner con la X continui senza accettare.</p><button type="button">Accetta tutto</button> <button type="button">Rifiuta</button> <button type="button">Personalizza</button></div></div></div>
</div></div>)~",
     {{"paywall", "Riservato agli abbonati Premium"},
      {"promo", "il podcast del mattino|Ascolta la puntata di oggi"},
      {"subscription", "Leggi senza limiti per 30 giorni, gratis|Inizia la prova"},
      {"ad", "Pubblicità"},
      {"consent", "Questo sito utilizza cookie tecnici|Chiudendo questo banner con la X continui senza accettare."},
      {nullptr, nullptr}}},
    // 16 Tumblr blog theme (post text, npf_row, notes, reblog/like controls, login wall), IT.
    {"tumblr-it", "it", "Chiara Lombardo",
     R"~(Mia nonna è nata a Castelmezzano nel 1931, in una casa scavata per metà nella roccia. Ci sono tornata ad agosto, per la prima volta da quando lei non c'è più.
Il paese è aggrappato alle Dolomiti lucane come se qualcuno l'avesse appoggiato lì e poi si fosse dimenticato di riprenderlo. Le case sono dello stesso colore della pietra, e dalla strada quasi non si vedono.
Avevo con me una fotografia in bianco e nero: nonna a sedici anni, davanti a una porta con un arco di pietra e una pianta di basilico in una latta. Pensavo che non l'avrei mai trovata.
L'ho trovata il secondo giorno, chiedendo a tre signore sedute su una panchina. La più anziana ha guardato la foto a lungo e poi ha detto: «Questa è Nunzia, la figlia del calzolaio».
La porta esiste ancora. L'arco è lo stesso, il basilico no. Ci abita una coppia di Potenza che ha comprato la casa dieci anni fa e l'ha rimessa a posto pietra per pietra.
Mi hanno fatta entrare, mi hanno offerto un caffè, e la signora mi ha mostrato una nicchia nel muro dove, quando hanno tolto l'intonaco, hanno trovato un cucchiaio di legno e un bottone.
Non so se fossero di nonna. Probabilmente no. Ma li ho tenuti in mano per un po', seduta nella cucina dove lei ha imparato a fare il pane, e per un momento mi è sembrato di sentirla ridere.
Sono ripartita con un sacchetto di peperoni cruschi, la ricetta dei biscotti di Nunzia scritta da una sconosciuta, e la sensazione di aver restituito qualcosa a qualcuno.)~",
     R"~(<div id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-logged-out-controls"><a href="https://www.tumblr.com/register?source=iframe">Iscriviti</a> <a href="https://www.tumblr.com/login?redirect_to=%2Fpost%2F7281">Accedi</a></div>
<div id="container"><header id="header"><a href="/" class="blog-title">appunti di chiara</a><p class="blog-description">piccole cose, viaggi lenti, parenti lontani</p><nav><a href="/archive">Archivio</a> <a href="/ask">Chiedimi qualcosa</a></nav></header>
<div id="posts"><article class="post text" id="post-7281">
<div class="post-content"><h2 class="title">La porta di Nunzia</h2>
<div class="body-text">
<div class="npf_row"><p>{0}</p></div><p>{1}</p><p>{2}</p>
<div class="npf_row"><figure class="tmblr-full"><img src="https://64.media.tumblr.com/8a1b2c/s640x960/castelmezzano.jpg" alt="Le case di Castelmezzano sotto le rocce"></figure></div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<p>— Chiara Lombardo</p>
</div></div>
<div class="post-meta"><span class="date">28 agosto 2023</span> · <span class="tags"><a href="/tagged/basilicata">#basilicata</a> <a href="/tagged/nonne">#nonne</a></span></div>
<div class="post-notes"><span class="note-count">1.284 note</span> <a href="https://www.tumblr.com/reblog/7281/kX3d">Reblogga</a> <a href="https://www.tumblr.com/like/7281">Mi piace</a></div>
<div class="kofi-box"><p>Se ti è piaciuto questo racconto e vuoi aiutarmi a scriverne altri, puoi offrirmi un caffè virtuale.</p><a href="https://ko-fi.com/appuntidichiara">Sostienimi su Ko-fi</a></div>
</article>
<div class="recent-posts"><h3>Altri post dal blog</h3><a href="/post/7199/matera-di-notte">Matera di notte, senza turisti</a> <a href="/post/7102/la-valigia-di-zio-rocco">La valigia di zio Rocco</a></div>
</div>
<div class="tmblr-login-wall" role="dialog" aria-modal="true"><p>Accedi a Tumblr per vedere altri post come questo, seguire i tuoi blog preferiti e reblogare ciò che ami.</p><a href="https://www.tumblr.com/register?source=login_wall">Registrati</a> <a href="https://www.tumblr.com/login?source=login_wall">Accedi ora</a> <button type="button">Chiudi</button></div>
</div>)~",
     {{"social", "1.284 note|Reblogga"},
      {"subscription", "puoi offrirmi un caffè virtuale|Sostienimi su Ko-fi"},
      {"related", "Altri post dal blog|La valigia di zio Rocco"},
      {"signin", "Accedi a Tumblr per vedere altri post come questo|Accedi ora"},
      {nullptr, nullptr}}},
    // 17 SolidStart output (data-hk hydration keys on every element, <!--#--><!--/--> markers), PT (Brazil).
    {"solidstart-pt", "pt", "Renata Albuquerque",
     R"~(Os brasileiros gastam em média R$ 112 por mês com serviços de streaming, segundo levantamento divulgado nesta terça-feira por uma consultoria de São Paulo. Há dois anos, o valor era de R$ 74.
O aumento se explica tanto pelos reajustes de preço quanto pelo número de serviços. A família típica ouvida na pesquisa mantém quatro assinaturas ao mesmo tempo, entre vídeo, música e esportes.
Ao mesmo tempo, cresce o hábito de cancelar e voltar. Um em cada três entrevistados disse ter cancelado ao menos uma assinatura no último ano para reativá-la meses depois, quando estreou uma série ou começou um campeonato.
As plataformas reagiram com planos mais baratos que incluem anúncios. Segundo a pesquisa, 41% dos assinantes de vídeo já usam algum plano com publicidade, contra 9% em 2022.
A cobrança por compartilhamento de senha também teve efeito. Metade dos que dividiam a conta com alguém de fora de casa passou a pagar a própria assinatura, e a outra metade simplesmente desistiu do serviço.
Para a economista Juliana Prado, o streaming virou um gasto fixo parecido com a conta de luz. «As pessoas não se perguntam mais se vão assinar, mas quais vão manter neste mês», afirma.
O Procon de São Paulo recebeu no ano passado mais de 6 mil reclamações sobre o setor, a maioria sobre dificuldade para cancelar e cobranças depois do cancelamento.
A consultoria prevê que o gasto médio continue subindo em 2025, mas num ritmo menor, porque os consumidores estão mais atentos ao que de fato assistem.)~",
     R"~(<div data-hk="0-0-0"><!--#--><header data-hk="0-0-0-0-0" class="hd"><a data-hk="0-0-0-0-0-0" href="/" class="hd-logo">Folha do Planalto</a><nav data-hk="0-0-0-0-0-1" class="hd-nav"><a href="/economia">Economia</a> <a href="/politica">Política</a> <a href="/cultura">Cultura</a> <a href="/esportes">Esportes</a></nav><a data-hk="0-0-0-0-0-2" href="/assine?origem=topo" class="hd-cta">Assine</a></header><!--/-->
<main data-hk="0-0-0-1"><article data-hk="0-0-0-1-0" class="mt">
<div data-hk="0-0-0-1-0-0" class="mt-hat">Consumo</div>
<h1 data-hk="0-0-0-1-0-1" class="mt-title">Gasto com streaming sobe 51% em dois anos e já passa de R$ 100 por mês</h1>
<div data-hk="0-0-0-1-0-2" class="mt-author"><!--#-->Renata Albuquerque<!--/--> · <time datetime="2024-10-01T09:00:00-03:00">1º.out.2024 às 9h00</time></div>
<div data-hk="0-0-0-1-0-3" class="mt-body">
<p data-hk="0-0-0-1-0-3-0">{0}</p><p data-hk="0-0-0-1-0-3-1">{1}</p>
<div data-hk="0-0-0-1-0-3-2" class="pb"><span class="pb-label">Publicidade</span><div class="pb-slot" id="banner-meio-1"></div></div>
<p data-hk="0-0-0-1-0-3-3">{2}</p><p data-hk="0-0-0-1-0-3-4">{3}</p>
<div data-hk="0-0-0-1-0-3-5" class="nl"><p class="nl-t">Resumo do dia no seu e-mail</p><p>Cadastre-se e receba de segunda a sexta as principais notícias de economia.</p><form data-hk="0-0-0-1-0-3-5-0"><input type="email" placeholder="Seu melhor e-mail"><button type="submit">Quero receber</button></form></div>
<p data-hk="0-0-0-1-0-3-6">{4}</p><p data-hk="0-0-0-1-0-3-7">{5}</p><p data-hk="0-0-0-1-0-3-8">{6}</p><p data-hk="0-0-0-1-0-3-9">{7}</p>
</div>
<div data-hk="0-0-0-1-0-4" class="lim"><p class="lim-t">Você atingiu o limite de 5 reportagens gratuitas por mês.</p><p>Assine a Folha do Planalto por R$ 1,90 no primeiro mês e tenha acesso ilimitado no site e no aplicativo.</p><a href="/assine?origem=limite" class="lim-btn">Assinar agora</a></div>
<div data-hk="0-0-0-1-0-5" class="lim-login">Já é assinante? <a href="/login?origem=limite">Faça login</a></div>
</article>
<aside data-hk="0-0-0-1-1" class="mais-lidas"><h2>Mais lidas</h2><ol><li><a href="/economia/dolar-fecha-em-queda">Dólar fecha em queda pelo terceiro dia</a></li><li><a href="/economia/fgts-saque">Saque do FGTS: veja quem pode retirar em outubro</a></li><li><a href="/cultura/show-cancelado">Show no estádio é cancelado por causa da chuva</a></li></ol></aside></main>
<footer data-hk="0-0-0-2" class="ft">© Folha do Planalto · <a href="/termos">Termos de uso</a> · <a href="/privacidade">Política de privacidade</a></footer></div>)~",
     {{"ad", "Publicidade"},
      {"newsletter", "Resumo do dia no seu e-mail|as principais notícias de economia"},
      {"paywall", "Você atingiu o limite de 5 reportagens gratuitas por mês.|R$ 1,90 no primeiro mês"},
      {"signin", "Já é assinante?"},
      {"related", "Mais lidas|Dólar fecha em queda pelo terceiro dia"},
      {nullptr, nullptr}}},
    // 18 published Notion page (notion-*-block divs with data-block-id, no <p>s, contenteditable leaves), PT (Portugal).
    {"notion-pt", "pt", "Inês Carvalhal",
     R"~(A Livraria Sá da Costa fechou as portas numa sexta-feira de fevereiro, sem cartaz nem despedida. Passei por lá no sábado de manhã e encontrei apenas a montra vazia e um papel colado no vidro com o número de um advogado.
Durante quase vinte anos comprei ali os livros que não encontrava em mais lado nenhum. O senhor Augusto sabia de cor onde estava cada edição esgotada e tinha o hábito de guardar, debaixo do balcão, os livros que achava que eu ia gostar.
Não era uma livraria bonita. A luz era fraca, as estantes estavam tortas e, no inverno, lia-se de casaco. Mas era o sítio da cidade onde o tempo passava mais devagar.
Fui perguntar na pastelaria ao lado o que tinha acontecido. A renda tinha triplicado em janeiro, depois de o prédio ser vendido a um fundo que quer transformar o rés-do-chão em alojamento local.
O senhor Augusto tem setenta e oito anos. Segundo a dona da pastelaria, levou para casa três caixas de livros e deixou o resto para os alfarrabistas, que vieram buscar tudo numa carrinha na quinta-feira à noite.
Há quem diga que isto é o mercado a funcionar e que as livrarias pequenas não se adaptaram. Pode ser. Mas eu não conheço nenhuma aplicação que saiba, sem eu dizer nada, que livro me vai apetecer ler a seguir.
Escrevi-lhe uma carta, à moda antiga, e a pastelaria prometeu entregá-la. Não sei se vai responder.
Entretanto, a montra continua vazia. Todas as manhãs, quando passo, parece-me que ainda lá vejo o reflexo das lombadas.)~",
     R"~(<div class="notion-app-inner notion-light-theme"><div class="notion-frame"><div class="notion-topbar"><div class="notion-topbar-breadcrumb"><span>Cadernos</span> / <span>A montra vazia</span></div><div class="notion-topbar-share-menu"><a href="https://www.notion.so/signup?from=public_page" role="button">Experimente o Notion gratuitamente</a></div></div>
<div class="notion-scroller vertical"><div class="notion-page-content" style="padding-left:96px;padding-right:96px;">
<div data-block-id="b41c0e2a-title" class="notion-selectable notion-header-block"><h1 contenteditable="false" data-content-editable-leaf="true">A montra vazia</h1></div>
<div data-block-id="b41c0e2a-0001" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true" style="color:rgba(120,119,116,1);">Inês Carvalhal · 3 de março de 2024</div></div>
<div data-block-id="b41c0e2a-0002" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">{0}</div></div>
<div data-block-id="b41c0e2a-0003" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">{1}</div></div>
<div data-block-id="b41c0e2a-0004" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">{2}</div></div>
<div data-block-id="b41c0e2a-0005" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">{3}</div></div>
<div data-block-id="b41c0e2a-0006" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">{4}</div></div>
<div data-block-id="b41c0e2a-0007" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">{5}</div></div>
<div data-block-id="b41c0e2a-0008" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">{6}</div></div>
<div data-block-id="b41c0e2a-0009" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">{7}</div></div>
<div data-block-id="b41c0e2a-0010" class="notion-selectable notion-divider-block"><div role="separator" style="border-bottom:1px solid rgba(55,53,47,0.16);"></div></div>
<div data-block-id="b41c0e2a-0011" class="notion-selectable notion-callout-block"><div style="display:flex;background:rgba(241,241,239,1);border-radius:4px;padding:16px;"><div class="notion-record-icon">☕</div><div contenteditable="false" data-content-editable-leaf="true">Estes cadernos são gratuitos e vão continuar a ser. Se este texto te fez companhia, podes pagar-me um café em <a href="https://buymeacoffee.com/ines.carvalhal">buymeacoffee.com/ines.carvalhal</a>.</div></div></div>
<div data-block-id="b41c0e2a-0012" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">Uma vez por mês envio um texto novo por e-mail, antes de o publicar aqui. <a href="https://cadernos.substack.example/subscribe">Quero recebê-lo</a></div></div>
<div data-block-id="b41c0e2a-0013" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true" style="color:rgba(120,119,116,1);">Inês Carvalhal é tradutora e vive em Lisboa. Traduziu para português autores como Natalia Ginzburg e Annie Ernaux e escreve estes cadernos desde 2021.</div></div>
<div data-block-id="b41c0e2a-0014" class="notion-selectable notion-text-block"><div contenteditable="false" data-content-editable-leaf="true">Partilhar: <a href="https://wa.me/?text=a-montra-vazia">WhatsApp</a> · <a href="https://www.facebook.com/sharer/sharer.php?u=a-montra-vazia">Facebook</a> · <a href="mailto:?subject=A%20montra%20vazia">E-mail</a></div></div>
</div></div></div></div>)~",
     {{"promo", "Experimente o Notion gratuitamente"},
      {"subscription", "Estes cadernos são gratuitos e vão continuar a ser.|podes pagar-me um café"},
      {"newsletter", "Uma vez por mês envio um texto novo por e-mail|Quero recebê-lo"},
      {"author-bio", "é tradutora e vive em Lisboa|escreve estes cadernos desde 2021"},
      {"social", "Partilhar:"},
      {nullptr, nullptr}}},
    // 19 Gatsby output (___gatsby / gatsby-focus-wrapper, gatsby-image wrappers) with prompts inside <noscript>, PT (Portugal).
    {"gatsby-noscript-pt", "pt", "Rui Figueiredo",
     R"~(A frota de cerco de Peniche vai poder pescar mais sardinha este ano. O Governo fixou a quota nacional em 36 mil toneladas, mais quatro mil do que em 2023, depois de os cientistas terem confirmado a recuperação do stock.
Há pouco mais de uma década a situação era a oposta. Em 2012 a biomassa de sardinha na costa portuguesa atingiu o valor mais baixo de que há registo, e durante vários anos a pesca esteve praticamente parada nos meses de inverno.
Os pescadores recebem a notícia com alívio, mas sem euforia. «Mais quota não quer dizer mais dinheiro se o preço na lota continuar a cair», diz Joaquim Vitorino, mestre de uma traineira com onze tripulantes.
Na lota de Peniche, o cabaz de sardinha chegou a ser vendido em julho a menos de um euro o quilo, um valor que, segundo os armadores, não paga o gasóleo.
A associação de armadores pede que parte da quota seja reservada para a conserva nacional, que compra a preços mais estáveis do que o mercado de fresco.
As fábricas de conservas, por seu lado, queixam-se de que a sardinha portuguesa chega tarde. Durante a primavera, quando a procura é maior, continuam a importar peixe de Marrocos.
O Instituto Português do Mar e da Atmosfera vai manter o cruzeiro científico de primavera, que conta os cardumes ao longo da costa e serve de base às quotas do ano seguinte.
A campanha abre oficialmente a 1 de maio. Até lá, as traineiras aproveitam para reparar redes e fazer a manutenção dos motores.)~",
     R"~(<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="Header-module--header--2b1c"><a href="/" aria-current="page" class="Header-module--brand--9a0f">Jornal do Oeste</a><nav class="Header-module--nav--f31d"><a href="/regiao/">Região</a> <a href="/economia/">Economia</a> <a href="/desporto/">Desporto</a></nav></header>
<noscript><div class="Noscript-module--paywall--77aa"><p>Para continuar a ler este artigo, ative o JavaScript ou torne-se assinante do Jornal do Oeste.</p><p><a href="/assinaturas/">Ver planos de assinatura</a></p></div></noscript>
<main><article class="Article-module--article--0c3e">
<h1>Peniche vai pescar mais sardinha: quota sobe para 36 mil toneladas</h1>
<p class="Article-module--meta--5d21">Por <a href="/autores/rui-figueiredo/">Rui Figueiredo</a> · 8 de abril de 2024</p>
<div class="gatsby-image-wrapper gatsby-image-wrapper-constrained" style="max-width:960px"><div aria-hidden="true" style="padding-top:56.25%"></div><picture><img data-main-image="" style="opacity:0" sizes="(min-width: 960px) 960px, 100vw" decoding="async" loading="lazy" src="/static/3c1d/traineira.jpg" alt="Uma traineira a entrar no porto de Peniche"></picture><noscript><img data-main-image="" style="opacity:0" sizes="(min-width: 960px) 960px, 100vw" decoding="async" loading="lazy" src="/static/3c1d/traineira.jpg" alt="Uma traineira a entrar no porto de Peniche"></noscript></div>
<div class="Article-module--body--e8b2">
<p>{0}</p><p>{1}</p><p>{2}</p>
<div class="Adblock-module--notice--31fe" role="alert"><p>Detetámos que está a usar um bloqueador de anúncios. O Jornal do Oeste depende da publicidade para pagar aos seus jornalistas. Por favor, adicione-nos à lista de exceções.</p><button type="button">Já desativei</button></div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</div>
<p class="Article-module--rights--b7c0">Quer reproduzir este conteúdo noutro meio? <a href="/licenciamento/?artigo=quota-sardinha">Pedir licença de reprodução</a></p>
<div class="Newsletter-module--box--a40c"><p class="Newsletter-module--title--19b2">O Oeste numa mensagem</p><p>Todas as sextas-feiras, as notícias da semana na sua caixa de correio.</p><form><input type="email" aria-label="E-mail" placeholder="O seu e-mail"><button type="submit">Subscrever</button></form></div>
<section class="Comments-module--comments--8e7d"><h2>Comentários (3)</h2>
<div class="Comments-module--comment--11aa"><b>Manuel P.</b><p>Finalmente uma boa notícia para quem vive do mar. Agora falta o preço.</p></div>
<div class="Comments-module--comment--11aa"><b>Sofia R.</b><p>As conserveiras deviam ser obrigadas a comprar primeiro a sardinha nacional.</p></div>
<div class="Comments-module--comment--11aa"><b>Tó Zé</b><p>Um euro o quilo é uma vergonha.</p></div>
<noscript><p>Ative o JavaScript para ver e escrever comentários.</p></noscript></section>
</article></main>
<footer class="Footer-module--footer--6f0b">© 2024 Jornal do Oeste · <a href="/estatuto-editorial/">Estatuto editorial</a> · <a href="/privacidade/">Privacidade</a></footer>
</div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0"></div></div>)~",
     {{"paywall", "Para continuar a ler este artigo, ative o JavaScript|Ver planos de assinatura"},
      {"ad", "Detetámos que está a usar um bloqueador de anúncios.|adicione-nos à lista de exceções"},
      {"promo", "Quer reproduzir este conteúdo noutro meio?|Pedir licença de reprodução"},
      {"newsletter", "O Oeste numa mensagem|as notícias da semana na sua caixa de correio"},
      {"comments", "Comentários (3)|Finalmente uma boa notícia para quem vive do mar.|Um euro o quilo é uma vergonha."},
      {nullptr, nullptr}}},
    // 20 Lit PWA shell: declarative shadow DOM (<template shadowrootmode>) with <slot>s, light-DOM children with slot=, <!--lit-part--> markers, NL.
    {"lit-dsd-nl", "nl", "Sanne de Wit",
     R"~(Hockeyclub De Rietvogels in Zwolle heeft voor het eerst in zijn geschiedenis een wachtlijst. Meer dan 240 kinderen willen lid worden, maar de club heeft simpelweg niet genoeg velden en trainers.
Volgens voorzitter Karin Mulder is de groei begonnen na de Olympische Spelen. "Binnen twee weken na de finale hadden we meer aanmeldingen dan in het hele jaar daarvoor," zegt ze.
De club telt nu 1.180 leden. De contributie voor jeugdleden is 265 euro per seizoen, en ouders moeten daarnaast een aantal keer per jaar bardienst draaien of een team begeleiden.
Het grootste probleem is het gebrek aan trainers. Veel teams worden getraind door ouders die zelf nooit hebben gehockeyd, en de club betaalt een cursus voor iedereen die het wil leren.
De gemeente heeft toegezegd te onderzoeken of er op het sportpark een derde kunstgrasveld kan komen. Dat kost ongeveer 900.000 euro, en de club zou een deel zelf moeten betalen.
Daarvoor wil het bestuur op de algemene ledenvergadering in maart een extra bijdrage van twintig euro per lid voorstellen. Niet iedereen is daar blij mee.
"Voor gezinnen met drie kinderen op hockey telt dat op," zegt vader Erik Jansen, die zelf trainer is van een team van acht- en negenjarigen. Hij pleit voor een regeling voor gezinnen met een kleine beurs.
Tot er meer ruimte is, houdt de club vast aan de volgorde van aanmelding. Broertjes en zusjes van leden krijgen wel voorrang, net als kinderen die al op een andere club speelden.)~",
     R"~(<zw-app-shell><template shadowrootmode="open"><link rel="stylesheet" href="/assets/zw-app-shell.css"><header><slot name="top"></slot></header><main><slot></slot></main><aside><slot name="rail"></slot></aside><slot name="overlay"></slot></template>
<zw-masthead slot="top"><a href="/">Zwolse Koerier</a> <nav><a href="/sport">Sport</a> <a href="/stad">Stad</a> <a href="/cultuur">Cultuur</a></nav></zw-masthead>
<zw-article><!--lit-part cXr8s2Bwbhk=--><h1>Hockeyclub De Rietvogels heeft een wachtlijst van 240 kinderen</h1><div class="byline"><!--lit-part-->Door Sanne de Wit<!--/lit-part--> · 14 januari 2025</div>
<!--lit-part--><p>{0}</p><p>{1}</p><p>{2}</p><!--/lit-part-->
<zw-inline-signup><!--lit-part 1Jw9lq4Po3w=--><div class="box"><h4>De Sportbrief</h4><p>Elke maandagochtend alle uitslagen en achtergronden van de Zwolse amateursport in je mailbox.</p><form><input type="email" placeholder="jouw@e-mailadres.nl" aria-label="E-mailadres"><button>Aanmelden</button></form></div><!--/lit-part--></zw-inline-signup>
<!--lit-part--><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p><!--/lit-part--><!--/lit-part--></zw-article>
<zw-rail slot="rail"><!--lit-part--><div class="card"><p class="card-title">Lokale journalistiek kost geld</p><p>De Zwolse Koerier wordt gemaakt door negen journalisten en betaald door zijn lezers. Word lid vanaf 5 euro per maand en houd het nieuws uit je eigen stad overeind.</p><a href="/lid-worden">Ik word lid</a></div><!--/lit-part-->
<div class="card"><p class="card-title">Meer sportnieuws</p><ul><li><a href="/sport/pec-jeugdopleiding">PEC Zwolle investeert in nieuwe jeugdopleiding</a></li><li><a href="/sport/schaatsbaan-open">Natuurijsbaan aan de Vecht gaat weer open</a></li></ul></div></zw-rail>
<zw-prompt slot="overlay" open><div class="sheet"><p>Wil je een melding krijgen als er belangrijk nieuws is uit Zwolle?</p><button type="button">Ja, graag</button> <button type="button">Misschien later</button></div></zw-prompt>
<zw-footer slot="top"><small>© Zwolse Koerier · <a href="/privacy">Privacy</a> · <a href="/colofon">Colofon</a></small></zw-footer>
</zw-app-shell>)~",
     {{"newsletter", "De Sportbrief|alle uitslagen en achtergronden van de Zwolse amateursport"},
      {"subscription", "Lokale journalistiek kost geld|Word lid vanaf 5 euro per maand"},
      {"related", "Meer sportnieuws|Natuurijsbaan aan de Vecht gaat weer open"},
      {"promo", "belangrijk nieuws is uit Zwolle?|Misschien later"},
      {nullptr, nullptr}}},
    // 21 light DOM of unknown, unhyphenated elements (<page>, <masthead>, <story>, <strip>, <panel>, <blurb>) and no classes, NL.
    {"unknown-elements-nl", "nl", "Mehmet Yıldız",
     R"~(De waterbus tussen Rotterdam en Dordrecht gaat vanaf april elk kwartier varen in plaats van elk half uur. Dat hebben de provincie en de vervoerder donderdag bekendgemaakt.
Het aantal reizigers op de lijn is sinds 2019 bijna verdubbeld, tot ruim 1,9 miljoen per jaar. Vooral forenzen uit Zwijndrecht en Ridderkerk kiezen steeds vaker voor de boot in plaats van de auto.
Voor de hogere frequentie zijn drie nieuwe schepen nodig. Die worden elektrisch aangedreven en laden op bij de steigers in Dordrecht en bij de Erasmusbrug, waar een nieuwe laadpaal komt.
De provincie betaalt ongeveer 14 miljoen euro van de totale investering van 22 miljoen. Het Rijk draagt bij uit een fonds voor schoner vervoer over water.
Reizigers klagen al langer over volle boten in de spits, waardoor fietsers soms op de kade moeten achterblijven. De nieuwe schepen hebben plek voor 60 fietsen, twintig meer dan nu.
Ook de kaartjes veranderen. Wie met een abonnement van de vervoerder reist, kan voortaan gewoon inchecken met de bankpas, zoals in de metro.
Bewoners van de Noordereiland maken zich wel zorgen over de golfslag. Zij vragen de vervoerder om langzamer te varen langs de woonboten aan de Maaskade.
De eerste nieuwe boot wordt in maart verwacht. Tot de zomer varen de oude en nieuwe schepen naast elkaar.)~",
     R"~(<page>
<masthead><a href="/"><img src="/img/maasbode.svg" alt="De Maasbode"></a> <menu><a href="/rotterdam">Rotterdam</a> <a href="/regio">Regio</a> <a href="/economie">Economie</a></menu> <a href="/inloggen">Inloggen</a></masthead>
<strip role="dialog" aria-label="Cookies"><blurb>De Maasbode en zijn partners gebruiken cookies en vergelijkbare technieken om advertenties af te stemmen op jouw interesses en om het bezoek te meten.</blurb> <button>Akkoord</button> <button>Instellingen aanpassen</button></strip>
<story>
<kicker>Vervoer</kicker>
<h1>Waterbus naar Dordrecht vaart vanaf april elk kwartier</h1>
<credits>Mehmet Yıldız · 6 februari 2025, 11:02</credits>
<text>
<p>{0}</p>
<p>{1}</p>
<p>{2}</p>
<panel><blurb>Je hebt deze maand nog 1 gratis artikel over.</blurb> <a href="/abonneren?bron=teller">Bekijk de abonnementen</a></panel>
<p>{3}</p>
<p>{4}</p>
<p>{5}</p>
<p>{6}</p>
<p>{7}</p>
</text>
<blurb>Mehmet Yıldız is verslaggever verkeer en vervoer bij De Maasbode. Hij woont in Dordrecht en neemt zelf bijna elke dag de waterbus.</blurb>
</story>
<panel><headline>Onbeperkt lezen, de eerste drie maanden voor 1 euro</headline><blurb>Daarna 12,50 euro per maand. Maandelijks opzegbaar.</blurb><a href="/abonneren?bron=artikel">Neem een abonnement</a></panel>
<panel><blurb>Heb je al een abonnement?</blurb> <a href="/inloggen?bron=artikel">Log in om verder te lezen</a></panel>
<footing><a href="/privacy">Privacy</a> · <a href="/voorwaarden">Voorwaarden</a> · <a href="/contact">Contact</a></footing>
</page>)~",
     {{"consent", "gebruiken cookies en vergelijkbare technieken|Instellingen aanpassen"},
      {"paywall", "Je hebt deze maand nog 1 gratis artikel over.|Bekijk de abonnementen"},
      {"author-bio", "is verslaggever verkeer en vervoer bij De Maasbode|neemt zelf bijna elke dag de waterbus"},
      {"subscription", "Onbeperkt lezen, de eerste drie maanden voor 1 euro|Maandelijks opzegbaar."},
      {"signin", "Heb je al een abonnement?|Log in om verder te lezen"},
      {nullptr, nullptr}}},
    // 22 Remix output (modulepreload links and module scripts in <body>, route-named wrappers) with a full-screen ad interstitial first, NL.
    {"remix-interstitial-nl", "nl", "Floor Verbeek",
     R"~(Het Centraal Museum in Utrecht krijgt er een tweede locatie bij. In een voormalige remise van de tram aan de Biltstraat opent het museum in 2026 een depot dat het publiek kan bezoeken.
Van de ruim 60.000 objecten in de collectie is nu nog geen vijf procent tegelijk te zien. De rest ligt in een afgesloten opslag in Nieuwegein, waar alleen medewerkers en onderzoekers komen.
In de nieuwe remise komen glazen stellingen van vier verdiepingen hoog. Bezoekers lopen er via loopbruggen langs, en restauratoren werken achter glas zodat je hen aan het werk kunt zien.
Het idee is niet nieuw. In Rotterdam trok het open depot van Museum Boijmans Van Beuningen in het eerste jaar meer dan een half miljoen bezoekers, veel meer dan vooraf verwacht.
Directeur Hanneke Kooiman wil het Utrechtse depot bewust kleiner en goedkoper houden. "We bouwen geen icoon, we openen een werkplaats," zei ze bij de presentatie van de plannen.
De verbouwing kost 17 miljoen euro. De gemeente betaalt het grootste deel, de rest komt van fondsen en van een actie onder vrienden van het museum, die samen al 1,2 miljoen bijeenbrachten.
Omwonenden zijn overwegend positief, maar maken zich zorgen over parkeren in de smalle straten rond de remise. Het museum belooft bezoekers vooral met de fiets en het openbaar vervoer te laten komen.
Tot de opening organiseert het museum maandelijks rondleidingen door de lege remise, waarvoor je je op de website kunt aanmelden.)~",
     R"~(<link rel="modulepreload" href="/build/_shared/chunk-5QX3LZ7A.js"><link rel="modulepreload" href="/build/root-HJ2K9PLQ.js"><link rel="modulepreload" href="/build/routes/nieuws.$slug-3DF8WQ1M.js">
<div class="interstitial" role="dialog" aria-modal="true" aria-label="Reclame"><div class="interstitial__bar"><span>Advertentie</span> <a href="#artikel" class="interstitial__skip">Doorgaan naar DUIC Stad</a></div><div class="interstitial__creative" id="ad-interstitial"><a href="https://adclick.example/c?cr=utr-fietsen"><img src="https://ads.example/utr-fietsen-1024x768.jpg" alt="Nieuwe e-bikes nu met 300 euro inruilpremie"></a></div></div>
<div class="root-layout"><header class="site-header"><a href="/" class="site-header__logo">DUIC Stad</a><nav><a href="/nieuws">Nieuws</a> <a href="/cultuur">Cultuur</a> <a href="/wonen">Wonen</a></nav><a href="/e-paper" class="site-header__epaper">Lees de krant van vandaag als e-paper</a></header>
<main class="route-nieuws-slug" id="artikel"><article>
<h1>Centraal Museum opent depot voor publiek in oude tramremise</h1>
<p class="meta"><span>Floor Verbeek</span> · <time datetime="2024-11-20T07:45:00+01:00">20 november 2024</time> · <a href="#reacties" class="meta__comments">12 reacties</a></p>
<div class="prose"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="embed embed--audio"><p><strong>Luister ook:</strong> in onze podcast De Domtoren praten twee verslaggevers elke week over wat Utrecht bezighoudt. Deze week: wie betaalt de nieuwe musea?</p><a href="https://open.spotify.com/show/domtoren">Beluister op Spotify</a></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="signup"><h3>Begin de dag met de Ochtendbrief</h3><p>Het belangrijkste Utrechtse nieuws, elke werkdag om half zeven.</p><form method="post" action="/api/nieuwsbrief"><label>E-mailadres <input type="email" name="email"></label><button>Schrijf me in</button></form></div>
<section id="reacties" class="comments"><h2>12 reacties</h2><p>Reageren is alleen mogelijk voor ingelogde lezers.</p><div class="comments__item"><b>J. van Dam</b><p>Mooi plan, maar zet er dan ook genoeg fietsenrekken neer.</p></div><div class="comments__item"><b>Ria</b><p>Eindelijk kunnen we zien wat er allemaal in die opslag ligt!</p></div><a href="/nieuws/depot-remise/reacties">Toon alle reacties</a></section>
</article></main>
<footer class="site-footer">© DUIC Stad · <a href="/privacy">Privacyverklaring</a> · <a href="/over-ons">Over ons</a></footer></div>
<script type="module" src="/build/entry.client-QX7C2K1D.js"></script>)~",
     {{"ad", "Doorgaan naar DUIC Stad|Advertentie"},
      {"promo", "Lees de krant van vandaag als e-paper"},
      {"promo", "in onze podcast De Domtoren|Beluister op Spotify"},
      {"newsletter", "Begin de dag met de Ochtendbrief|elke werkdag om half zeven"},
      {"comments", "Toon alle reacties|Mooi plan, maar zet er dan ook genoeg fietsenrekken neer."},
      {nullptr, nullptr}}},
    // 23 Stencil hydrated components (class="hydrated", s-id / c-id attributes, <!--r.N--> and <!--t.N--> markers), a <footer> inside the <article>, a sticky bottom bar of inline styles, NL (Flanders).
    {"stencil-nl", "nl", "Lotte Vermeulen",
     R"~(In Gent staan sinds deze week de eerste twintig deelfietsen voor mensen die niet zelf kunnen trappen. Het gaat om riksja's met elektrische ondersteuning, waarmee vrijwilligers ouderen uit woonzorgcentra mee op uitstap nemen.
Het project is overgewaaid uit Kopenhagen, waar een gepensioneerde leraar tien jaar geleden begon met het rondrijden van bewoners van het rusthuis in zijn buurt. Intussen bestaat de beweging in meer dan vijftig landen.
In Gent hebben zich al 140 vrijwilligers aangemeld. Ze krijgen eerst een opleiding van een halve dag, waarin ze onder meer leren hoe ze veilig remmen met een passagier voorin.
Voor de bewoners is het vaak de eerste keer in jaren dat ze door de stad rijden. "Mijn moeder heeft de Graslei sinds haar beroerte niet meer gezien," vertelt Nadia El Amrani, wier moeder in een woonzorgcentrum in Sint-Amandsberg woont.
De fietsen kosten elk ongeveer 9.000 euro. De stad betaalt de helft, de rest komt van een inzamelactie bij Gentse bedrijven en van giften van familieleden van bewoners.
Er zijn ook praktische hindernissen. De kasseien in de binnenstad maken de rit minder comfortabel, en op smalle fietspaden is het lastig manoeuvreren met een brede riksja.
Schepen van Zorg Pieter Desmet wil de komende twee jaar elk woonzorgcentrum in de stad minstens één fiets geven. Hij hoopt dat ook scholen zich aansluiten, zodat jongeren mee kunnen fietsen.
Wie vrijwilliger wil worden, kan zich aanmelden bij het Gentse vrijwilligerspunt. Een rit duurt gemiddeld een uur, en je kiest zelf hoe vaak je rijdt.)~",
     R"~(<gent-app class="hydrated" s-id="1"><!--r.1--><gent-header class="hydrated" s-id="2" c-id="1.0.0.0"><!--r.2--><div c-id="2.0.0.0" class="header"><a c-id="2.1.1.0" href="/">StadsGazet Gent</a><nav c-id="2.2.1.1"><a href="/samenleving">Samenleving</a> <a href="/mobiliteit">Mobiliteit</a> <a href="/cultuur">Cultuur</a></nav></div></gent-header>
<main c-id="1.1.0.1"><article c-id="1.2.1.0">
<header c-id="1.3.2.0"><p class="rubriek">Samenleving</p><h1 c-id="1.4.3.0"><!--t.1.4.3.0-->Met de riksja door Gent: vrijwilligers fietsen rusthuisbewoners rond</h1><p class="auteur" c-id="1.5.3.1"><!--t.1.5.3.1-->Lotte Vermeulen, 17 september 2024</p></header>
<gent-article-body class="hydrated" s-id="3" c-id="1.6.2.1"><!--r.3-->
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<gent-ad-slot class="hydrated" s-id="4" c-id="3.0.0.4"><!--r.4--><div c-id="4.0.0.0" class="slot"><small c-id="4.1.1.0">Gesponsorde inhoud</small><div id="ad-incontent-1" style="min-height:250px"></div></div></gent-ad-slot>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
</gent-article-body>
<footer c-id="1.7.2.2" class="artikel-voet">
<div class="deel"><span>Deel dit artikel</span> <a href="https://www.facebook.com/sharer/sharer.php?u=riksja-gent">Facebook</a> <a href="https://bsky.app/intent/compose?text=riksja-gent">Bluesky</a> <a href="mailto:?subject=Met%20de%20riksja%20door%20Gent">Mail</a></div>
<div class="over-auteur"><p>Lotte Vermeulen schrijft voor StadsGazet over zorg, welzijn en het leven in de Gentse wijken. Eerder werkte ze als redacteur bij de regionale omroep AVS.</p></div>
</footer>
</article>
<gent-related class="hydrated" s-id="5" c-id="1.8.1.2"><!--r.5--><section c-id="5.0.0.0"><h2 c-id="5.1.1.0">Ook interessant</h2><a href="/mobiliteit/fietsstraat-sint-pietersnieuwstraat">Sint-Pietersnieuwstraat wordt fietsstraat</a> <a href="/samenleving/buurtrestaurant-brugse-poort">Buurtrestaurant in Brugse Poort zoekt koks</a></section></gent-related>
</main>
<div style="position:fixed;left:0;right:0;bottom:0;z-index:9999;background:#14213d;color:#fff;padding:14px 20px;display:flex;gap:16px;align-items:center;font:15px/1.4 sans-serif;"><span style="flex:1;">StadsGazet is onafhankelijk en gratis te lezen. Met een gift van 3 euro per maand help je ons dat zo te houden.</span><a href="/steun" style="background:#fca311;color:#14213d;padding:8px 14px;border-radius:4px;text-decoration:none;font-weight:bold;">Steun ons</a><button type="button" style="background:none;border:0;color:#fff;font-size:20px;" aria-label="Sluiten">×</button></div>
</gent-app>)~",
     {{"ad", "Gesponsorde inhoud"},
      {"social", "Deel dit artikel"},
      {"author-bio", "schrijft voor StadsGazet over zorg, welzijn en het leven in de Gentse wijken|Eerder werkte ze als redacteur bij de regionale omroep AVS."},
      {"related", "Ook interessant|Sint-Pietersnieuwstraat wordt fietsstraat"},
      {"subscription", "Met een gift van 3 euro per maand help je ons dat zo te houden.|Steun ons"},
      {nullptr, nullptr}}},
};

}  // namespace reader::testing
