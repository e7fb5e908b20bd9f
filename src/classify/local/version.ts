/** Bumped whenever a rule changes what the classifier returns, so stored scores say which rules made them. */
export const LOCAL_CLASSIFIER_VERSION = '1.0.0';
