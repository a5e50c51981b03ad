// The live class's screens, the teacher's and the student's, loaded together (and only) when a live class is opened:
// one chunk of the build, so that the game's first load carries none of their code or the class server's client.
export { openLiveView, startLiveClass } from './liveTeacher';
export { openJoin, rejoin } from './liveStudent';
