import { storage } from 'wxt/utils/storage';

// The API key. Only modules under utils/background may import this file (a test enforces it):
// the key is read by the worker, sent only to the configured API origin, and never echoed back.
export const apiKeyItem = storage.defineItem<string>('local:apiKey', { fallback: '' });
