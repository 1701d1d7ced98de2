/** Types shared by server and browser code. Type-only imports: zod stays out of the client. */
import type {
	ArgumentItem,
	ArgumentLink,
	ComparisonCell,
	ComparisonContrast,
	ComparisonDimension,
	ComparisonFile,
	Conflict,
	Paragraph,
	PaperFile,
	PlaceFeature,
	PlaceKind,
	Reference,
	RegionFeature,
	Sector,
	Source,
	TimelineEvent
} from './schema';

export type {
	ArgumentItem,
	ArgumentLink,
	ComparisonCell,
	ComparisonContrast,
	ComparisonDimension,
	ComparisonFile,
	Conflict,
	Paragraph,
	PaperFile,
	PlaceFeature,
	PlaceKind,
	Reference,
	RegionFeature,
	Sector,
	Source,
	TimelineEvent
};

/** Everything in geodata/, validated. */
export interface Atlas {
	paper: PaperFile;
	sectors: Sector[];
	sources: Source[];
	argument: { items: ArgumentItem[]; links: ArgumentLink[] };
	timeline: TimelineEvent[];
	comparison: ComparisonFile;
	references: Reference[];
	regions: RegionFeature[];
	places: PlaceFeature[];
}
