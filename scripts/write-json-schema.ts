/**
 * Writes content/schema.json from the Valibot schema, so types, runtime
 * validation and the editor's JSON Schema never drift apart.
 * `--check` exits 1 when the committed file is out of date (run by the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import ts from 'typescript';
import { ContentSchema } from '../src/core/content/schema.js';

export const SCHEMA_PATH = new URL('../content/schema.json', import.meta.url);
const SOURCE_PATH = new URL('../src/core/content/schema.ts', import.meta.url);

export function buildJsonSchema(): string {
  // Checks that JSON Schema cannot express (real calendar dates, cross-references)
  // are left to `npm run validate`; the patterns and shapes carry over.
  const schema = toJsonSchema(ContentSchema, { errorMode: 'ignore', target: 'draft-07' });
  addDescriptions(schema as JsonNode, readFileSync(SOURCE_PATH, 'utf8'));
  const document = {
    ...schema,
    $id: 'https://export-controls-explainer.example/content.schema.json',
    title: 'export-controls-explainer content file',
    description:
      'Explainer and quiz content. Generated from src/core/content/schema.ts by `npm run schema`; do not edit by hand.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

type JsonNode = {
  description?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  additionalProperties?: JsonNode | boolean;
};

/**
 * Copies the JSDoc of schema.ts into the JSON Schema as descriptions, so editors
 * show them. Runtime `v.description()` would do the same but ships in the
 * browser bundle. The source expression of ContentSchema is walked together
 * with the JSON Schema it produced, so each JSON object meets the very
 * `object({ … })` call it came from: fields that share a name (`id`, `title`)
 * get the comment of their own object.
 */
function addDescriptions(root: JsonNode, source: string): void {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const consts = new Map<string, ts.VariableDeclaration>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) consts.set(declaration.name.text, declaration);
    }
  }
  const where = (node: ts.Node) => `schema.ts:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  // The entries of an object literal, with `...taught` spreads resolved.
  const entries = (literal: ts.ObjectLiteralExpression): Map<string, ts.PropertyAssignment> => {
    const found = new Map<string, ts.PropertyAssignment>();
    for (const member of literal.properties) {
      if (ts.isPropertyAssignment(member)) found.set(member.name.getText(file).replace(/^['"]|['"]$/g, ''), member);
      else if (ts.isSpreadAssignment(member)) {
        const spread = ts.isIdentifier(member.expression) ? consts.get(member.expression.text)?.initializer : undefined;
        if (!spread || !ts.isObjectLiteralExpression(spread)) throw new Error(`${where(member)}: cannot resolve the spread`);
        for (const [name, entry] of entries(spread)) found.set(name, entry);
      } else throw new Error(`${where(member)}: write the field as \`name: schema\``);
    }
    return found;
  };

  const walk = (expression: ts.Expression, json: JsonNode | undefined, path: string): void => {
    if (!json) throw new Error(`${path}: the JSON Schema has no node for ${where(expression)}`);
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) return walk(expression.expression, json, path);
    if (ts.isIdentifier(expression)) {
      const declaration = consts.get(expression.text);
      if (!declaration?.initializer) return; // a parameter or an import: no object inside
      const exported = ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Export;
      const doc = jsDoc(declaration);
      if (exported && doc) json.description ??= doc;
      return walk(declaration.initializer, json, path);
    }
    if (!ts.isCallExpression(expression)) return;
    const [first, second] = expression.arguments;
    // The callee names below are schema.ts's own helpers and the Valibot calls it uses.
    switch (expression.expression.getText(file)) {
      case 'object':
      case 'v.object':
      case 'v.strictObject': {
        if (!first || !ts.isObjectLiteralExpression(first)) throw new Error(`${where(expression)}: expected an object literal`);
        const fields = entries(first);
        const properties = json.properties ?? {};
        for (const name of new Set([...fields.keys(), ...Object.keys(properties)])) {
          const field = fields.get(name);
          if (!field || !properties[name]) throw new Error(`${path}.${name}: the source and the JSON Schema disagree (${where(first)})`);
          const doc = jsDoc(field);
          if (doc) properties[name].description ??= doc;
          walk(field.initializer, properties[name], `${path}.${name}`);
        }
        return;
      }
      case 'list':
      case 'v.array':
        return first && walk(first, json.items, `${path}[]`);
      case 'v.optional':
      case 'v.pipe':
        return first && walk(first, json, path);
      case 'v.union':
      case 'v.variant': {
        const options = expression.expression.getText(file) === 'v.union' ? first : second;
        const branches = json.anyOf ?? json.oneOf;
        if (!options || !ts.isArrayLiteralExpression(options) || branches?.length !== options.elements.length) {
          throw new Error(`${path}: the options of ${where(expression)} do not match the JSON Schema`);
        }
        options.elements.forEach((option, index) => walk(option, branches[index], `${path}|${index}`));
        return;
      }
      case 'v.record':
        return second && typeof json.additionalProperties === 'object' ? walk(second, json.additionalProperties, `${path}{}`) : undefined;
      default:
        return; // strings, ids, dates, references: no fields inside
    }
  };

  const content = consts.get('ContentSchema')?.initializer;
  if (!content) throw new Error('schema.ts declares no ContentSchema');
  walk(content, root, '$');
}

/** The text of the JSDoc right above a node, on one line. */
function jsDoc(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = ts.getTextOfJSDocComment(docs.at(-1)?.comment);
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = buildJsonSchema();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_PATH, 'utf8');
    if (current !== fresh) {
      console.error('content/schema.json is out of date: run `npm run schema`.');
      process.exitCode = 1;
    } else console.log('content/schema.json is up to date.');
  } else {
    writeFileSync(SCHEMA_PATH, fresh);
    console.log('Wrote content/schema.json');
  }
}
