import type en from '../en/files';

export default {
} satisfies Record<keyof typeof en, string>;
