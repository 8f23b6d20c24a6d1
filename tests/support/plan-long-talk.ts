// Plans a generated long transcript and prints what it cost, as JSON, for the planning
// bound test: `node --import tsx tests/support/plan-long-talk.ts WORDS [en|zh] [MAX_SECONDS]`.
// In a process of its own, so its peak memory is its own.
import {loadTalk} from '../../src/talk/load-talk';
import {planTalk} from '../../src/plan/plan-talk';
import {makeLongTranscript} from './make-long-transcript';

const words = Number(process.argv[2]);
const language = (process.argv[3] ?? 'en') as 'en' | 'zh';
const maxSeconds = Number(process.argv[4] ?? 180);
const generated = makeLongTranscript({words, language});
const started = performance.now();
const {talk} = loadTalk({text: generated.text, file: 'long.md', edits: null});
const plan = planTalk({talk, maxSeconds});
const ms = Math.round(performance.now() - started);
const cpuMs = Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000);
process.stdout.write(
	`${JSON.stringify({words: generated.words, turns: generated.turns, sections: generated.sections, ms, cpuMs, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), quotes: plan.quotes.length, scenes: plan.recap.scenes.length})}\n`,
);
