import type en from '../en/shell';

export default {
} satisfies Record<keyof typeof en, string>;
