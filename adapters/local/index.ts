export { LocalPlatform, type Delivered } from './local-platform.ts';
export { readTranscript, toIncoming, type Conversation } from './transcript.ts';
