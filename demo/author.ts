// The authoring preview: the elements without bundled content (the author's file is the content).
import '../src/define.js';
import '../src/components/author/ece-author.js';
