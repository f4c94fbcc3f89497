-- Issue 4, second round: the pattern that read each claim (for audit and calibration) and the chain of
-- speakers a second-hand holder's statement came through ("X said that Y claimed …": Y holds, X passes it on).
ALTER TABLE claims ADD COLUMN pattern TEXT;
ALTER TABLE claims ADD COLUMN holder_via TEXT;               -- JSON array of {text, kind, entity}, nearest speaker first
