/** The two hast node builders the importer and its page markup use. */
import type { Element, ElementContent, Text } from 'hast';

/** An element node. */
export const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A text node. */
export const text = (value: string): Text => ({ type: 'text', value });
