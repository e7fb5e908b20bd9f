import { HoldspaceError } from '../core/errors.ts';
import type { AuditRepo } from '../store/audit-repo.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import { defaultSettings, groupSettingsSchema, type GroupSettings } from './settings.ts';

/** The one way settings change: validated against the schema, and audited with the old and new value. */
export class SettingsService {
  constructor(private readonly groups: GroupsRepo, private readonly audit: AuditRepo) {}

  defaults(): GroupSettings {
    return defaultSettings();
  }

  get(groupId: string): GroupSettings {
    const group = this.groups.find(groupId);
    if (!group) throw new HoldspaceError('NOT_FOUND', `unknown group ${groupId}`, { userMessage: 'Holdspace does not know this group yet.' });
    return group.settings;
  }

  /** `path` is dotted (thresholds.dismissal); `raw` is JSON or, for text and lists, plain text ("a,b"). */
  set(groupId: string, actorId: string, path: string, raw: string): GroupSettings {
    const current = this.get(groupId);
    const keys = path.split('.').filter(Boolean);
    const draft = structuredClone(current) as Record<string, unknown>;
    let holder: Record<string, unknown> = draft;
    for (const [i, key] of keys.entries()) {
      if (!Object.hasOwn(holder, key)) {
        throw new HoldspaceError('CONFIG_INVALID', `unknown setting ${path}`, { userMessage: `There is no setting called \`${path}\`.` });
      }
      if (i === keys.length - 1) break;
      const next = holder[key];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        throw new HoldspaceError('CONFIG_INVALID', `unknown setting ${path}`, { userMessage: `There is no setting called \`${path}\`.` });
      }
      holder = next as Record<string, unknown>;
    }
    const last = keys.at(-1);
    if (last === undefined) throw new HoldspaceError('CONFIG_INVALID', 'empty setting path', { userMessage: 'Name a setting, e.g. `thresholds.dismissal`.' });
    const before = holder[last];
    if (typeof before === 'object' && before !== null && !Array.isArray(before)) {
      throw new HoldspaceError('CONFIG_INVALID', `${path} is a section`, { userMessage: `\`${path}\` is a section; set one of its fields.` });
    }
    // Read the value as JSON where that fits the setting, else as plain text (a numeric Discord id is text).
    let parsed = groupSettingsSchema.safeParse(assign(draft, holder, last, parseValue(raw, before)));
    if (!parsed.success) {
      const asText = groupSettingsSchema.safeParse(assign(draft, holder, last, raw.trim()));
      if (asText.success) parsed = asText;
    }
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new HoldspaceError('CONFIG_INVALID', `invalid value for ${path}: ${why}`, { userMessage: `That value does not fit \`${path}\`: ${why}` });
    }
    this.groups.saveSettings(groupId, parsed.data);
    this.audit.record({ groupId, actorId, action: 'config.set', subject: path, detail: { from: before ?? null, to: holder[last] ?? null } });
    return parsed.data;
  }
}

function assign(draft: Record<string, unknown>, holder: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  holder[key] = value;
  return draft;
}

function parseValue(raw: string, like: unknown): unknown {
  const text = raw.trim();
  if (text === 'null') return null;
  if (Array.isArray(like)) {
    if (text.startsWith('[')) return tryJson(text);
    return text === '' ? [] : text.split(',').map((s) => s.trim()).filter(Boolean);
  }
  if (typeof like === 'string' || (like === null && !/^(null|true|false|-?\d)/.test(text))) return text;
  return tryJson(text);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
