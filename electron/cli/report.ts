/** placeholder replaced in the reports step */
import type { Command } from '../cli.ts';
export const progressCommands: Record<string, Command> = {};
export const reportCommands: Record<string, Command> = {};
