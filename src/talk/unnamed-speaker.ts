/** Names that name no one: Otter's `Unknown Speaker`, `Unidentified`, `Inaudible`, `Unknown Speaker 2`. */
const UNNAMED_SPEAKER = /^(?:unknown|unidentified|inaudible|unclear)(?: speaker)?(?: \d+)?$/i;

/** Whether a speaker's name names no one: such a speaker gives no quote and is not listed as a guest. */
export const isUnnamedSpeaker = ({name}: {name: string}): boolean => UNNAMED_SPEAKER.test(name.trim());
