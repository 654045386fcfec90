// Body images become a placeholder (a private-use character pair around a slot number). The photo
// stage encodes every image once per build, after all articles are parsed; the page stage then
// swaps each placeholder for the <picture> with its variants (render/picture.ts). So bodies can be
// rendered before image file names, which carry a content hash, are known.
import type { MarkdownIt } from 'markdown-it';
import { attrText, type MarkdownEnv } from '../markdown-env.js';

export const IMAGE_SLOT_OPEN = '\uE000';
export const IMAGE_SLOT_CLOSE = '\uE001';

export function imageSlots(md: MarkdownIt): void {
  md.renderer.rules.image = (tokens, idx, _options, envArg) => {
    const env = envArg as MarkdownEnv;
    const token = tokens[idx]!;
    const alt = token.children ? md.renderer.renderInlineAsText(token.children, md.options, env) : token.content;
    const title = attrText(token, 'title');
    const slots = (env.imageSlots ??= []);
    slots.push({ ref: attrText(token, 'src') ?? '', alt, ...(title && { title }) });
    return `${IMAGE_SLOT_OPEN}${slots.length - 1}${IMAGE_SLOT_CLOSE}`;
  };
}
