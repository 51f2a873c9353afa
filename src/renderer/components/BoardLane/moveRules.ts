import { caseLanes, type CaseLane } from '../../../shared/domain/enums';

/** Why a card cannot be moved by this operator, or undefined when it can. */
export type MoveRefusal = 'notOwner' | 'sameLane' | undefined;

/** Only the office that owns a case moves it between lanes; a move to its own lane is none. */
export function moveRefusal(
  card: { officeId: string; lane: CaseLane },
  viewerOfficeId: string | undefined,
  target?: CaseLane,
): MoveRefusal {
  if (!viewerOfficeId || card.officeId !== viewerOfficeId) return 'notOwner';
  if (target !== undefined && target === card.lane) return 'sameLane';
  return undefined;
}

/** The lane before (-1) or after (+1) `lane`, or undefined at either end of the board. */
export function neighbourLane(lane: CaseLane, step: -1 | 1): CaseLane | undefined {
  return caseLanes[caseLanes.indexOf(lane) + step];
}

/** Moves that need a confirmation first: closing a case takes it off the working lanes. */
export function needsConfirmation(target: CaseLane): boolean {
  return target === 'closed';
}

/** The MIME type a dragged card carries: its id and lane, so a drop knows where it came from. */
export const cardDragType = 'application/x-samanvay-case';

export interface DraggedCard {
  id: string;
  lane: CaseLane;
  officeId: string;
  /** `FIR 12/2025`, for the message that confirms the move. */
  title: string;
}

/** Reads a dropped card; anything else (a file, text from elsewhere) is undefined. */
export function readDraggedCard(data: string): DraggedCard | undefined {
  try {
    const value = JSON.parse(data) as Partial<DraggedCard>;
    if (
      typeof value.id === 'string' &&
      typeof value.officeId === 'string' &&
      (caseLanes as readonly string[]).includes(value.lane ?? '')
    ) {
      return {
        id: value.id,
        lane: value.lane as CaseLane,
        officeId: value.officeId,
        title: typeof value.title === 'string' ? value.title : value.id,
      };
    }
  } catch {
    // Not ours: a drop of foreign text is ignored.
  }
  return undefined;
}
