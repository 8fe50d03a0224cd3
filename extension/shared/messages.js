// Messages between the extension's contexts. A name says its direction,
// `<from>-<to>-<what>`: `cs` content script, `bg` background (service worker /
// event page), `op` options page.
//
// Every message is checked where it arrives (checkMessage): it must come from
// this extension, from the context its name says (a content script in a tab's
// top frame for `cs-`), and have the fields its shape lists. Anything else is
// ignored, so a page cannot forge one and a malformed one cannot reach the core.
export const messages = Object.freeze({
  // content script -> background: {type, html, url}; reply {json, css} or {error}.
  kPageCaptured: 'cs-bg-page-captured',
});

// Field name -> typeof, per message type.
const kShapes = Object.freeze({
  [messages.kPageCaptured]: {html: 'string', url: 'string'},
});

// The sending context a direction prefix stands for.
const kSenderChecks = Object.freeze({
  // A content script: in a tab, in its top frame (the only frame we inject into).
  cs: (sender) => Number.isInteger(sender.tab?.id) && sender.frameId === 0,
  // An extension page (options): no tab frame of a web page, our own origin.
  op: (sender, extensionOrigin) => typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin),
  bg: (sender, extensionOrigin) => sender.tab === undefined &&
                                   (sender.url === undefined || sender.url.startsWith(extensionOrigin)),
});

// Returns '' when `message` from `sender` is acceptable here, else why not.
// `self` = {runtimeId, extensionOrigin, context} describes the receiver.
export function checkMessage(message, sender, self) {
  if (!message || typeof message !== 'object' || typeof message.type !== 'string') return 'not a message';
  const shape = kShapes[message.type];
  if (!shape) return `unknown message ${message.type}`;
  const [from, to] = message.type.split('-');
  if (to !== self.context) return `${message.type} is not for ${self.context}`;
  if (!sender || sender.id !== self.runtimeId) return 'sender is not this extension';
  if (!kSenderChecks[from]?.(sender, self.extensionOrigin)) return `${message.type} from the wrong context`;
  for (const [field, type] of Object.entries(shape)) {
    if (typeof message[field] !== type) return `${message.type}: ${field} is not a ${type}`;
  }
  return '';
}
