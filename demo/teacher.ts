// The teacher page: language from ?lang=, kept in the URL when the teacher switches.
import '../src/bundled-content.js';
import '../src/components/teacher/ece-teacher.js';

const teacher = document.querySelector('ece-teacher')!;
const lang = new URLSearchParams(window.location.search).get('lang');
if (lang === 'ko' || lang === 'ja' || lang === 'en') teacher.lang = lang;
// A class on another topic: ?src= names its content file, and the links the page makes carry it.
const src = new URLSearchParams(window.location.search).get('src');
if (src) teacher.src = src;
document.documentElement.lang = teacher.lang;
teacher.addEventListener('language-change', () => {
  document.documentElement.lang = teacher.lang;
  const url = new URL(window.location.href);
  url.searchParams.set('lang', teacher.lang);
  history.replaceState(null, '', url);
});
