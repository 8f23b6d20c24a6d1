import {UserError} from '../../errors';
import type {Talk} from '../talk-schema';
import {describeJson, JSON_FORMATS, parseJsonValue} from './json-value';

/** Any JSON no other reader took: refused with what it is and what talkreel reads. */
export const refuseUnknownJson = ({text, file}: {text: string; file: string}): {talk: Talk} => {
	const {value, error} = parseJsonValue(text);
	const seen = error === null ? describeJson(value) : `invalid JSON (${error})`;
	throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `${seen} is not a transcript talkreel reads; it reads ${JSON_FORMATS}`});
};
