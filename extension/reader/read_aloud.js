// Read aloud: the article spoken sentence by sentence with the browser's own
// voices (speechSynthesis), the sentence being spoken highlighted (CSS Custom
// Highlight API, so the article's DOM is not rewritten) and kept in view.
//
// One utterance per sentence: Chromium's engine stops long utterances after
// ~15 s, and a sentence's `end` event is a reliable clock on every engine
// (word `boundary` events are missing with many voices, espeak-ng's included).
//
// `synth` and `Utterance` are parameters so that the browser tests can drive
// the controller with a scripted voice when the machine has none; the view
// passes the browser's.

// Blocks read one after another (leaf blocks only: a <li> holding a <p> is
// read as its <p>).
const kBlockSelector = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, dt, dd, td, th';
// How long to wait for the voice list (Chromium fills it asynchronously).
const kVoicesTimeoutMs = 1500;
export const kHighlightName = 'rm-speaking';

// Sentences of `text` as [start, end) offsets into it, whitespace-only ones
// dropped. Intl.Segmenter knows the language's rules (abbreviations, CJK);
// without it, a sentence ends after . ! ? … and closing quotes.
export function splitSentences(text, lang) {
  const out = [];
  let segments;
  try {
    segments = [...new Intl.Segmenter(lang || undefined, {granularity: 'sentence'}).segment(text)]
      .map((s) => [s.index, s.index + s.segment.length]);
  } catch {
    segments = [];
    const re = /[^.!?…。！？]*(?:[.!?…。！？]+["'”’)\]]*\s*|$)/gu;
    for (const m of text.matchAll(re)) if (m[0]) segments.push([m.index, m.index + m[0].length]);
  }
  for (let [start, end] of segments) {
    while (start < end && /\s/u.test(text[start])) ++start;
    while (end > start && /\s/u.test(text[end - 1])) --end;
    if (end > start) out.push([start, end]);
  }
  return out;
}

// The blocks of `articleEl` to read, in order: leaf blocks with text, not hidden.
export function readableBlocks(articleEl) {
  const all = [...articleEl.querySelectorAll(kBlockSelector)];
  return all.filter((el) => !el.querySelector(kBlockSelector) && el.textContent.trim() &&
                            !el.closest('[hidden]'));
}

// The voice for `lang`: the saved one if the browser still has it, else a
// default voice of the language, else any voice of it, else the default.
export function chooseVoice(voices, lang, savedUri) {
  if (!voices.length) return null;
  const saved = savedUri && voices.find((v) => v.voiceURI === savedUri);
  if (saved) return saved;
  const primary = String(lang || '').toLowerCase().split(/[-_]/)[0];
  const sameLang = primary ? voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === primary) : [];
  return sameLang.find((v) => v.default) ?? sameLang[0] ?? voices.find((v) => v.default) ?? voices[0];
}

// A DOM Range over characters [start, end) of `block`'s text.
function rangeOf(block, start, end) {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = block.ownerDocument.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  range.selectNodeContents(block);
  return range;
}

// The controller. `onChange(state)` is called on every change:
//   {status: 'checking' | 'unavailable' | 'stopped' | 'playing' | 'paused',
//    block, sentence, text, voices}
export function create({articleEl, scroller, lang, getSettings, onChange = () => {},
                        synth = globalThis.speechSynthesis, Utterance = globalThis.SpeechSynthesisUtterance,
                        highlights = globalThis.CSS?.highlights, Highlight = globalThis.Highlight}) {
  // The blocks are found when reading first needs them, not while the view
  // opens: on a long article the walk takes milliseconds (Wikipedia's
  // 556 KB article: 6,777 elements).
  let found = null;
  const blocks = () => (found ??= readableBlocks(articleEl));
  let blockIndex = 0;
  let sentences = [];
  let sentenceIndex = 0;
  let status = synth && Utterance ? 'checking' : 'unavailable';
  let voices = [];
  let current = null;      // the utterance being spoken
  let generation = 0;      // bumps on every jump: events of older utterances are ignored
  let destroyed = false;

  const state = () => ({
    status,
    block: blockIndex,
    sentence: sentenceIndex,
    text: sentences[sentenceIndex] ? blocks()[blockIndex]?.textContent.slice(...sentences[sentenceIndex]) : '',
    voices,
  });
  const changed = () => onChange(state());

  function refreshVoices() {
    voices = synth ? synth.getVoices().filter((v) => v && v.voiceURI) : [];
    if (status === 'checking' || status === 'unavailable') {
      if (voices.length) status = 'stopped';
    }
  }

  if (synth && Utterance) {
    refreshVoices();
    const onVoices = () => {
      if (destroyed) return;
      refreshVoices();
      changed();
    };
    synth.addEventListener?.('voiceschanged', onVoices);
    if (status === 'checking') {
      setTimeout(() => {
        if (destroyed || status !== 'checking') return;
        refreshVoices();
        if (!voices.length) status = 'unavailable';
        changed();
      }, kVoicesTimeoutMs);
    }
  }

  function clearMarks() {
    highlights?.delete(kHighlightName);
    for (const el of articleEl.querySelectorAll('.rm-speaking-block')) {
      el.classList.remove('rm-speaking-block');
      delete el.dataset.rmSentence;
    }
  }

  function keepInView(range, block) {
    if (!scroller) return;
    const r = (range.getClientRects?.()[0]) ?? block.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const margin = view.height * 0.2;
    if (r.top < view.top + margin || r.bottom > view.bottom - margin) {
      scroller.scrollBy({top: r.top - view.top - view.height / 3, behavior: 'instant'});
    }
  }

  function mark() {
    clearMarks();
    const block = blocks()[blockIndex];
    const sentence = sentences[sentenceIndex];
    if (!block || !sentence) return;
    block.classList.add('rm-speaking-block');
    block.dataset.rmSentence = String(sentenceIndex);
    // The sentence's range: for the highlight, and to keep it in view.
    if (!(highlights && Highlight) && !scroller) return;
    const range = rangeOf(block, sentence[0], sentence[1]);
    if (highlights && Highlight) highlights.set(kHighlightName, new Highlight(range));
    keepInView(range, block);
  }

  function loadBlock(index) {
    blockIndex = Math.max(0, Math.min(index, blocks().length - 1));
    const block = blocks()[blockIndex];
    sentences = block ? splitSentences(block.textContent, block.closest('[lang]')?.lang || lang) : [];
    sentenceIndex = 0;
  }

  function speakCurrent() {
    const myGeneration = ++generation;
    synth.cancel();
    const block = blocks()[blockIndex];
    const sentence = sentences[sentenceIndex];
    if (!block || !sentence) {
      stop();
      return;
    }
    mark();
    const s = getSettings();
    const text = block.textContent.slice(sentence[0], sentence[1]).replace(/\s+/g, ' ');
    const utterance = new Utterance(text);
    const voice = chooseVoice(voices, lang, s.voice);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang || lang || '';
    utterance.rate = s.speechRate;
    utterance.onend = () => {
      if (myGeneration !== generation || status !== 'playing') return;
      advance();
    };
    utterance.onerror = (event) => {
      if (myGeneration !== generation) return;
      // 'interrupted' / 'canceled': our own cancel() on a jump or pause.
      if (event?.error === 'interrupted' || event?.error === 'canceled') return;
      stop();
    };
    current = utterance;
    synth.speak(utterance);
    changed();
  }

  function advance() {
    if (sentenceIndex + 1 < sentences.length) {
      ++sentenceIndex;
    } else if (blockIndex + 1 < blocks().length) {
      loadBlock(blockIndex + 1);
    } else {
      stop();
      return;
    }
    speakCurrent();
  }

  function play() {
    if (status === 'unavailable' || status === 'checking' || !blocks().length) return;
    if (status === 'paused') {
      status = 'playing';
      speakCurrent();  // from the start of the sentence: resume() is unreliable across engines
      return;
    }
    if (status !== 'playing') {
      if (!sentences.length) loadBlock(blockIndex);
      status = 'playing';
      speakCurrent();
    }
  }

  function pause() {
    if (status !== 'playing') return;
    status = 'paused';
    ++generation;
    synth.cancel();
    changed();
  }

  function stop() {
    ++generation;
    if (status === 'playing' || status === 'paused') status = 'stopped';
    synth?.cancel();
    current = null;
    clearMarks();
    sentences = [];
    changed();
  }

  // Jumps to block `index` (a paragraph button, or a click on the article);
  // keeps playing if it was.
  function jumpTo(index) {
    if (!blocks().length) return;
    loadBlock(index);
    if (status === 'playing') speakCurrent(); else {
      if (status === 'paused') mark();
      changed();
    }
  }

  return {
    play,
    pause,
    stop,
    toggle: () => (status === 'playing' ? pause() : play()),
    next: () => jumpTo(blockIndex + 1),
    previous: () => jumpTo(sentenceIndex > 0 && status === 'playing' ? blockIndex : blockIndex - 1),
    // Starts (or continues) from the block holding `node`, if any.
    startFrom(node) {
      const index = blocks().findIndex((b) => b.contains(node));
      if (index < 0) return false;
      loadBlock(index);
      if (status === 'stopped' || status === 'paused') status = 'playing';
      if (status === 'playing') speakCurrent();
      return true;
    },
    // The article changed (a block restored or removed): re-read its blocks.
    refresh() {
      if (!found) return;  // not read yet: found afresh when needed
      const block = found[blockIndex];
      found = readableBlocks(articleEl);
      const index = found.indexOf(block);
      blockIndex = index >= 0 ? index : Math.min(blockIndex, Math.max(0, found.length - 1));
    },
    state,
    get current() {
      return current;
    },
    destroy() {
      stop();
      destroyed = true;
    },
  };
}
