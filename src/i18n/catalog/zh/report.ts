import type en from '../en/report';

export default {
} satisfies Record<keyof typeof en, string>;
