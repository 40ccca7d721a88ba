declare const __COURSE_VERSION__: string;

declare namespace App {
	interface Locals {
		/** The lesson a projection or presenter page renders, for its components' error messages. */
		lessonId?: string;
	}
}
