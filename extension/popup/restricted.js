// The popup's sentence, passed by the background after '#' (text only).
const note = decodeURIComponent(location.hash.slice(1));
if (note) document.getElementById('note').textContent = note;
