// English messages: play. Each language has its own file of the same name, with the same keys.
export default {
} as const;
