import type en from '../en/model';

export default {
} satisfies Record<keyof typeof en, string>;
