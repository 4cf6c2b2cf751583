/**
 * A mistake in what the caller gave (an option, a catalogue, a role id), with a message meant
 * for the person who made it. The command line prints it without a stack trace.
 */
export class InputError extends Error {
  override name = 'InputError';
}

/** A command line that does not say what to do; the usage follows its message. */
export class UsageError extends InputError {}
