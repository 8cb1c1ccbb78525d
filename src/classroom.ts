/**
 * The classroom tools as one file, separate from the main tag so a student's page never loads
 * them: the teacher page (`<ece-teacher>`), the printable worksheet (`<ece-worksheet>`) and the
 * authoring check-and-preview page (`<ece-author>`). It carries everything they need (the elements
 * they show, the English content as the default), so a page loads this file alone, not beside the
 * main one. Each element takes `src` for another content file.
 */
export * from './index.js';
export { EceTeacher } from './components/teacher/ece-teacher.js';
export { EceWorksheet } from './components/worksheet/ece-worksheet.js';
export { EceAuthor } from './components/author/ece-author.js';
