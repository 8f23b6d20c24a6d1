import {z} from 'zod';

/**
 * The gains the Node mixer measured for a render (speech brought to −16 LUFS, the music
 * bed set under it), so the plain renderer's `<Audio>` plays at the same levels as the
 * fast renderer's track. Studio plays the files as they are (0 dB).
 */
export const MixSchema = z.object({speechGainDb: z.number(), musicGainDb: z.number()});
export type Mix = z.infer<typeof MixSchema>;
export const NO_MIX: Mix = {speechGainDb: 0, musicGainDb: 0};
