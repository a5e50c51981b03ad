import type en from '../en/play';

export default {
} satisfies Record<keyof typeof en, string>;
