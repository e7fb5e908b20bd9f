import { addressRecognizer } from './address.ts';
import { contactRecognizer } from './contact.ts';
import { dateRecognizer } from './dates.ts';
import { healthInfoRecognizer } from './health-info.ts';
import { identifierRecognizer } from './identifiers.ts';
import { nameRecognizer } from './names.ts';
import { phoneRecognizer } from './phone.ts';
import { thirdPartyNameRecognizer } from './third-party-names.ts';
import type { PhiRecognizer } from './recognizer.ts';

/** In order: later recognizers see the spans of earlier ones (names skip emails, first names skip full names, health needs a name). */
export const PHI_RECOGNIZERS: readonly PhiRecognizer[] = [
  contactRecognizer,
  identifierRecognizer,
  phoneRecognizer,
  dateRecognizer,
  addressRecognizer,
  nameRecognizer,
  thirdPartyNameRecognizer,
  healthInfoRecognizer,
];
