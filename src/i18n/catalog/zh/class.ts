import type en from '../en/class';

export default {
} satisfies Record<keyof typeof en, string>;
