// The i18n layer: components read their text from useMessages(), never from literals, so a
// second language is one more Messages object. Only zh-CN exists today.
import { createContext, useContext } from 'react';
import { type Messages, zhCN } from './zh-CN.js';

export type { Messages };
export const MessagesContext = createContext<Messages>(zhCN);
export const defaultMessages = zhCN;

export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** The words for an api error code; the server's own message when the code is new to us. */
export function errorText(messages: Messages, code: string, fallback?: string): string {
  return messages.errors[code] ?? fallback ?? messages.errors['INTERNAL'] ?? code;
}
