import type React from 'react';
import {TRANSLATION_GAP_EM} from '../../plan/fit-translation';
import type {TextBlock} from '../../plan/plan-schema';
import {TextLines} from './TextLines';

/** A quote's translation, as the planner fitted it below the quote: smaller, regular weight, muted, after the gap the planner left. */
export const Translation: React.FC<{block: TextBlock; quoteFontSizePx: number; color: string; style?: React.CSSProperties}> = ({
	block,
	quoteFontSizePx,
	color,
	style,
}) => <TextLines block={block} color={color} style={{marginTop: quoteFontSizePx * TRANSLATION_GAP_EM, ...style}} />;
