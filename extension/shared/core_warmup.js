// Warms the WebAssembly core where it is hosted, right after it loads: one
// clean of a small built-in article. The engine compiles a WebAssembly
// function the first time it runs (lazy compilation: 60-86 ms spread over the
// first clean of a fresh instance, measured for issue 12), so without this the
// first click after the browser starts pays for it; with it, the idle moments
// after start-up do.
import {cleanPage} from './core_runner.js';

// An article page with what most pages have, so that the first real clean
// finds the usual paths compiled: metadata (title, description, Open Graph,
// JSON-LD), a navigation bar, a byline and date, headings, paragraphs with
// links and inline markup, a list, a figure, a quote, a share row, a related
// list, a newsletter box and a footer.
const kSamplePage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How rivers shape valleys | Example News</title>
<meta name="description" content="Water, time and rock: how a river carves the land it crosses.">
<meta property="og:title" content="How rivers shape valleys">
<meta property="og:image" content="https://example.com/valley.jpg">
<meta name="author" content="A. Writer">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"How rivers shape valleys","datePublished":"2024-05-01T08:00:00Z",
"author":{"@type":"Person","name":"A. Writer"},"publisher":{"@type":"Organization","name":"Example News"}}</script>
<style>.nav{display:flex}</style><script>window.dataLayer=[];</script></head>
<body><header class="site-header"><nav class="nav"><a href="/">Home</a> <a href="/world">World</a>
<a href="/science">Science</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article class="post"><h1>How rivers shape valleys</h1>
<p class="byline">By <a href="/a-writer" rel="author">A. Writer</a> · <time datetime="2024-05-01">May 1, 2024</time></p>
<div class="share"><a href="https://twitter.com/share">Share</a> <a href="https://facebook.com/sharer">Share</a></div>
<figure><img src="/valley.jpg" alt="A valley" width="800" height="450"><figcaption>A river valley at dawn.</figcaption></figure>
<p>A river is a patient sculptor. Over thousands of years, the water that runs down a slope cuts into the rock
beneath it, carrying sand and stones that grind the channel <em>deeper</em> with every flood.</p>
<h2>Water and time</h2>
<p>Where the rock is soft, the valley widens; where it is hard, the river falls over ledges and leaves
<a href="/waterfalls">waterfalls</a> behind. Geologists read these shapes like a diary of the land's past.</p>
<ul><li>V-shaped valleys come from rivers cutting down.</li><li>U-shaped valleys come from glaciers.</li></ul>
<blockquote><p>"Every valley is a record of water's work," one researcher said.</p></blockquote>
<p>Today, dams and channels change that work, and scientists study how quickly a river returns to its old
course once people step aside. The answers matter for farms, towns and the animals that live on the banks.</p>
<aside class="newsletter"><h3>Get our newsletter</h3><p>Sign up for weekly science news.</p>
<form><input type="email" placeholder="Email"><button>Subscribe</button></form></aside>
<section class="related"><h3>Related stories</h3><ul><li><a href="/a">Glaciers in retreat</a></li>
<li><a href="/b">The oldest rivers on Earth</a></li></ul></section>
</article></main>
<footer class="site-footer"><p>© 2024 Example News. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>`;

let warming = null;

// Resolves once the warm-up clean ran (or failed: a real request will say why).
export function warmCore() {
  warming ??= cleanPage(kSamplePage, 'https://example.com/science/rivers-shape-valleys').then(() => {}, () => {});
  return warming;
}
