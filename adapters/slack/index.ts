export { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from './slack-adapter.ts';
export { SlackPlatform } from './slack-platform.ts';
export { translateMessageEvent, type SlackMessageEvent, type MessageEventMeaning } from './message-events.ts';
