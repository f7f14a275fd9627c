/**
 * Feedback that the class folder brought in: the app-wide poll (FeedbackArrivals) imports it, and
 * the screens that show a script's comments or an exercise's stage read themselves again when
 * their script is among the arrivals.
 */
import type { FeedbackPoll } from '../../shared/api/class-folder.ts';
import { Signal } from '../course/edit-signal.ts';

export type Arrival = FeedbackPoll['imported'][number];

export const feedbackArrivals = new Signal<readonly Arrival[]>();
