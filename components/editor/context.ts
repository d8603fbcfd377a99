'use client';

import { createContext, useContext } from 'react';
import type { EditorLabels, Person } from './labels';

// Node views render in portals inside <EditorContent>, so they see this context and follow
// changes to labels and the people list without recreating the editor.
export const EditorSettings = createContext<{ labels: EditorLabels; people: Person[] } | null>(null);

export function useEditorSettings(): { labels: EditorLabels; people: Person[] } {
  const settings = useContext(EditorSettings);
  if (!settings) throw new Error('Editor node views must be rendered inside <GuideEditor>');
  return settings;
}
